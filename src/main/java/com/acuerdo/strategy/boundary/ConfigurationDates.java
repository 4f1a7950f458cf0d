package com.acuerdo.strategy.boundary;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The business date and the earliest date a configuration change may take effect from. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ConfigurationDates {

    @Inject
    ConfigurationChanges changes;

    public LocalDate today() {
        return changes.today();
    }

    public LocalDate earliestEffectiveDate() {
        return changes.earliestEffectiveDate();
    }
}
