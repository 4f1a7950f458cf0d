package com.acuerdo.casework.entity;

public enum CaseStatus {
    OPEN,
    CLOSED
}
