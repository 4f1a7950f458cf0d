package com.acuerdo.team.entity;

public enum AbsenceKind {
    VACATION,
    SICK_LEAVE,
    TRAINING,
    OTHER
}
