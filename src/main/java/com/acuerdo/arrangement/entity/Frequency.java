package com.acuerdo.arrangement.entity;

/** How often instalments fall due (integration contract: arrangements.frequency). */
public enum Frequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY
}
