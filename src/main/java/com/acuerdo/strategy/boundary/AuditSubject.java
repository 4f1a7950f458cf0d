package com.acuerdo.strategy.boundary;

/** Audit subject ids and proposal subjects hold 64 characters; longer texts are cut with an ellipsis. */
final class AuditSubject {

    static final int MAX = 60;

    private AuditSubject() {}

    static String clip(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
