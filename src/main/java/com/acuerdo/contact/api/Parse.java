package com.acuerdo.contact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads the contract's enum names, instants and dates, or says precisely what is malformed. */
final class Parse {

    private Parse() {}

    static <E extends Enum<E>> E required(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedRequest(field + " is required (" + names(type) + ")");
        }
        return optional(type, field, value);
    }

    static <E extends Enum<E>> E optional(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest(field + ": '" + value + "' is not one of " + names(type));
        }
    }

    /** ISO-8601 with an offset, e.g. 2026-03-10T14:05:00Z; a '+' decoded to a space in a query is put back. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRequest(field + ": '" + value + "' is not an ISO-8601 instant with offset"
                    + " (e.g. 2026-03-10T14:05:00Z)");
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MalformedRequest(field + ": '" + value + "' is not a date YYYY-MM-DD");
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
