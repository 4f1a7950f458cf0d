package com.acuerdo.platform.batch;

import java.io.Serializable;

/** A range of row ids, both ends inclusive: the unit of work (and of restart) of the nightly jobs. */
public record IdRange(long from, long to) implements Serializable {

    public IdRange {
        if (to < from) {
            throw new IllegalArgumentException("empty range " + from + ".." + to);
        }
    }
}
