package com.acuerdo.customer.entity;

import java.time.ZoneId;
import java.util.Objects;

/** What the core bank tells about a client (the customers file, without its id). */
public record CustomerDetails(
        String fullName,
        String nationalId,
        String email,
        String phone,
        ZoneId timeZone,
        Language language,
        Jurisdiction jurisdiction,
        boolean consentSms,
        boolean consentEmail) {

    public CustomerDetails {
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }
}
