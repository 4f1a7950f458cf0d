package com.acuerdo.quality.entity;

public enum CalibrationStatus {
    OPEN,
    REVEALED
}
