package com.acuerdo.quality.entity;

public enum CoachingOutcome {
    IMPROVED,
    PARTLY_IMPROVED,
    NOT_IMPROVED
}
