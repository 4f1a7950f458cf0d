package com.acuerdo.quality.entity;

public enum YesNo {
    YES,
    NO
}
