package com.acuerdo.promise.entity;

public enum PromiseStatus {
    OPEN,
    KEPT,
    PARTIAL,
    BROKEN,
    CANCELLED
}
