package com.acuerdo.intake.control;

/**
 * Ids from sequences that hand out blocks (INCREMENT BY = block size, as EclipseLink uses them): each
 * NEXTVAL is the first id of a block of its own. Bulk loaders take all the blocks a chunk needs at once.
 */
public final class IdBlocks {

    private IdBlocks() {}

    /** How many NEXTVALs give {@code count} ids. */
    public static int blocksFor(int count, int blockSize) {
        if (count < 0 || blockSize < 1) {
            throw new IllegalArgumentException("count " + count + ", block size " + blockSize);
        }
        return (count + blockSize - 1) / blockSize;
    }

    /** The first {@code count} ids of the blocks starting at {@code firsts}, block after block. */
    public static long[] spread(long[] firsts, int blockSize, int count) {
        if (firsts.length < blocksFor(count, blockSize)) {
            throw new IllegalArgumentException(
                    firsts.length + " blocks of " + blockSize + " cannot give " + count + " ids");
        }
        var ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = firsts[i / blockSize] + i % blockSize;
        }
        return ids;
    }
}
