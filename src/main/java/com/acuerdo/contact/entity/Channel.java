package com.acuerdo.contact.entity;

public enum Channel {
    CALL,
    SMS,
    EMAIL,
    LETTER,
    VISIT;

    /** Written channels need consent or honour an opt-out, depending on the jurisdiction. */
    public boolean isWritten() {
        return this == SMS || this == EMAIL;
    }

    /** Calls and visits count towards call caps. */
    public boolean isInPerson() {
        return this == CALL || this == VISIT;
    }
}
