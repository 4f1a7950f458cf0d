package com.acuerdo.quality.entity;

public enum CoachingStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
}
