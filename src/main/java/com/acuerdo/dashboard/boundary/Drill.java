package com.acuerdo.dashboard.boundary;

import com.acuerdo.aging.entity.AgingBucket;

/**
 * The cases behind one number: a cell of the roll matrix ({@code from} on the first date, {@code to}
 * on the second) or a bucket of the portfolio (open cases' accounts now in {@code from}; {@code to} null).
 */
public record Drill(Kind kind, AgingBucket from, AgingBucket to) {

    public enum Kind {
        ROLL,
        BUCKET
    }

    public static Drill roll(AgingBucket from, AgingBucket to) {
        return new Drill(Kind.ROLL, from, to);
    }

    public static Drill bucket(AgingBucket bucket) {
        return new Drill(Kind.BUCKET, bucket, null);
    }
}
