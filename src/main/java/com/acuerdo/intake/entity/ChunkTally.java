package com.acuerdo.intake.entity;

/** What one chunk of an import did with its rows. */
public record ChunkTally(long read, long inserted, long updated, long unchanged, long rejected) {}
