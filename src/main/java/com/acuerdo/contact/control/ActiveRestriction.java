package com.acuerdo.contact.control;

import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.RestrictionType;
import java.time.LocalDate;
import java.util.Objects;

/** A restriction on contacting the person over a period of dates (until inclusive; null while open). */
public record ActiveRestriction(RestrictionType type, LocalDate from, LocalDate until) {

    public ActiveRestriction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
    }

    public static ActiveRestriction of(ContactRestriction restriction) {
        return new ActiveRestriction(
                restriction.type(),
                restriction.fromDate(),
                restriction.untilDate().orElse(null));
    }

    public static ActiveRestriction open(RestrictionType type, LocalDate from) {
        return new ActiveRestriction(type, from, null);
    }

    boolean isActiveOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
