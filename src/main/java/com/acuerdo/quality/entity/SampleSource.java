package com.acuerdo.quality.entity;

public enum SampleSource {
    SAMPLED,
    ADDED_BY_SUPERVISOR
}
