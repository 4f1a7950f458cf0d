package com.acuerdo.quality.entity;

public enum ScorecardStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
