package com.acuerdo.strategy.entity;

/** What a contact aims at, aligned with the age of the debt (DESIGN.md, "Five contact objectives"). */
public enum Objective {
    /** 1–29 days: rule out forgetting; positive tone. */
    REMIND,
    /** 30–59 days: find what stops payment and remove it. */
    IDENTIFY_BARRIERS,
    /** 60–89 days: the client commits to a promise or an arrangement. */
    SECURE_COMMITMENT,
    /** 90–119 days: firmer, still respectful; clear consequences, never threats. */
    PRESSURE,
    /** 120+ days: notify changed conditions (limit reduced, charges blocked, pre-legal). */
    CHANGE_CONDITIONS
}
