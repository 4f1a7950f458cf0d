package com.acuerdo.customer.entity;

import java.util.Locale;

/** The client's language for messages and letters (integration contract: es, en). */
public enum Language {
    ES("es"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Language ofCode(String code) {
        for (var language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language: " + code);
    }
}
