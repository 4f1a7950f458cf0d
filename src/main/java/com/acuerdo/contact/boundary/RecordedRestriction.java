package com.acuerdo.contact.boundary;

import com.acuerdo.contact.entity.RestrictionType;
import java.time.LocalDate;

/**
 * A stored restriction as boundaries return it.
 *
 * @param accountId the account it covers; null when it covers the whole client
 */
public record RecordedRestriction(
        long id,
        String customerId,
        String accountId,
        RestrictionType type,
        LocalDate from,
        LocalDate until,
        boolean lifted) {}
