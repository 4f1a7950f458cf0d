package com.acuerdo.quality.entity;

public enum AnswerType {
    YES_NO_NA,
    SCALE
}
