package com.acuerdo.tone.entity;

/** Why an expression has no place in a message to a client. */
public enum ToneCategory {
    /** Jail, arrest, seizure, harm: intimidation. */
    THREAT,
    /** Shaming the client or making them feel small. */
    HUMILIATION,
    /** False legal, police or court claims, false consequences. */
    DECEPTION,
    /** Telling or threatening to tell employers, family, neighbours, the public. */
    THIRD_PARTY_DISCLOSURE,
    /** Name-calling. */
    INSULT
}
