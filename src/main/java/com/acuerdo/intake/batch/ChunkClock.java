package com.acuerdo.intake.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where one import chunk's time goes (read, row rules, each database statement, the commit between
 * chunks), one log line per chunk — only when the system property {@code acuerdo.imports.timings} is
 * true (the payments benchmark sets it to measure; off otherwise, and then nearly free).
 */
final class ChunkClock {

    static final boolean ON = Boolean.getBoolean("acuerdo.imports.timings");

    private static final Logger LOG = Logger.getLogger(ChunkClock.class.getName());
    private static final ThreadLocal<ChunkClock> CURRENT = ThreadLocal.withInitial(ChunkClock::new);

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long lap = System.nanoTime();
    private long chunkEnded;

    static ChunkClock current() {
        return CURRENT.get();
    }

    /** Starts timing a phase; {@link #lap(String)} ends it. */
    void start() {
        if (ON) {
            lap = System.nanoTime();
        }
    }

    /** Adds the time since the last {@code start}/{@code lap} to {@code phase}. */
    void lap(String phase) {
        if (ON) {
            long now = System.nanoTime();
            nanos.merge(phase, now - lap, Long::sum);
            lap = now;
        }
    }

    /** Ends a chunk's write: logs its phases and what passed outside them since the last chunk. */
    void chunkWritten(int rows) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        var line = new StringBuilder("import chunk of ").append(rows).append(" rows:");
        long inside = 0;
        for (var phase : nanos.entrySet()) {
            line.append(' ')
                    .append(phase.getKey())
                    .append('=')
                    .append(phase.getValue() / 1_000_000)
                    .append("ms");
            if (!phase.getKey().equals("read") && !phase.getKey().equals("rules")) {
                inside += phase.getValue();
            }
        }
        if (chunkEnded > 0) {
            long outside = now - chunkEnded - inside - nanos.getOrDefault("read", 0L) - nanos.getOrDefault("rules", 0L);
            line.append(" commit+checkpoint+other=").append(outside / 1_000_000).append("ms");
        }
        LOG.info(line::toString);
        nanos.clear();
        chunkEnded = now;
    }
}
