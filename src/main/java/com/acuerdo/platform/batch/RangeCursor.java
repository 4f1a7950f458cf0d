package com.acuerdo.platform.batch;

import java.io.Serializable;

/**
 * Where one reader of {@link IdRanges} is in a table's ids: ranges of {@code size} ids aligned on the
 * first id, of which partition {@code k} of {@code n} takes the k-th, then every n-th. The ranges
 * are those of an unpartitioned walk, so the partitions together cover every id exactly once. The
 * checkpoint is the last id handed out (a negative one before the first range of a late partition).
 */
public final class RangeCursor {

    private final long size;
    private final long stride;
    private final long firstOffset;
    private long next;

    public RangeCursor(long size, int partition, int partitions) {
        if (size < 1 || partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException(
                    "range size " + size + ", partition " + partition + " of " + partitions + ": not a valid split");
        }
        this.size = size;
        this.stride = (partitions - 1) * size;
        this.firstOffset = partition * size;
    }

    /** A fresh walk over ids from {@code min}. */
    public RangeCursor from(long min) {
        next = min + firstOffset;
        return this;
    }

    /** A walk that continues after a committed {@link #checkpoint()}. */
    public RangeCursor after(Serializable checkpoint) {
        next = (Long) checkpoint + 1 + stride;
        return this;
    }

    /** The next range of this reader up to {@code max}, or null when none is left. */
    public IdRange next(long max) {
        if (next > max) {
            return null;
        }
        var range = new IdRange(next, Math.min(max, next + size - 1));
        next = range.to() + 1 + stride;
        return range;
    }

    public Long checkpoint() {
        return next - 1 - stride;
    }
}
