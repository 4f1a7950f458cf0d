package com.acuerdo.security.boundary;

/** Minimum strength of a new password: 8+ characters with a letter and a digit. */
public final class PasswordRule {

    private PasswordRule() {}

    public static boolean accepts(String password) {
        return password != null
                && password.length() >= 8
                && password.length() <= 128
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }

    static void check(String password) {
        if (!accepts(password)) {
            throw new IllegalArgumentException("password must have 8-128 characters with a letter and a digit");
        }
    }
}
