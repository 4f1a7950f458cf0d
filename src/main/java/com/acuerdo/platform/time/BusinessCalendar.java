package com.acuerdo.platform.time;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads and moves the system's business date. Reading and the nightly advance need no caller (start-up
 * beans and batch jobs run without one); moving it by hand is an admin's act.
 */
@Stateless
@PermitAll
public class BusinessCalendar {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "acuerdo.business-date.settable", defaultValue = "false")
    boolean settable;

    /** Today's business date; created from the wall clock on first use. */
    public LocalDate today() {
        return current().date();
    }

    /** Sets the date by hand: only where the demo/test setting allows it. */
    @RolesAllowed(Role.Names.ADMIN)
    public LocalDate moveTo(LocalDate date) {
        if (!settable) {
            throw new BusinessDateLockedException();
        }
        current().moveTo(date);
        return date;
    }

    public LocalDate advance() {
        var current = em.find(BusinessDate.class, BusinessDate.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        return current == null ? create().date() : current.advance();
    }

    public boolean isSettable() {
        return settable;
    }

    private BusinessDate current() {
        var current = em.find(BusinessDate.class, BusinessDate.SINGLETON_ID);
        return current == null ? create() : current;
    }

    private BusinessDate create() {
        var created = new BusinessDate(LocalDate.now(clock));
        em.persist(created);
        return created;
    }
}
