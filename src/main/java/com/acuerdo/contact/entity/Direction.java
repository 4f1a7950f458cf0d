package com.acuerdo.contact.entity;

public enum Direction {
    OUTBOUND,
    INBOUND
}
