package com.acuerdo.quality.entity;

public enum SampleStatus {
    QUEUED,
    IN_REVIEW,
    REVIEWED,
    DISCARDED
}
