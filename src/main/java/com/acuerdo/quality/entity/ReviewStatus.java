package com.acuerdo.quality.entity;

public enum ReviewStatus {
    DRAFT,
    SUBMITTED,
    ACKNOWLEDGED,
    DISPUTED,
    DISPUTE_UPHELD,
    DISPUTE_REJECTED
}
