package com.acuerdo.arrangement.entity;

public enum InstalmentStatus {
    DUE,
    PAID,
    PARTIAL,
    MISSED
}
