package com.acuerdo.strategy.entity;

/** Argument checks shared by the strategy rows. */
final class Texts {

    private Texts() {}

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
