package com.acuerdo.platform.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads a table's ids as consecutive ranges. The checkpoint is the last id handed out: with one range
 * per chunk, each range is committed together with its checkpoint and a restart continues after the
 * last committed range.
 *
 * <p>In a partitioned step ({@link RangePartitions}) each partition takes every n-th range
 * ({@link RangeCursor}); its progress is also kept by {@link RangeProgress}, for restarts.
 */
@Dependent
@Named("idRanges")
public class IdRanges extends AbstractItemReader {

    // The tables whose ids a job walks; the name goes into SQL, so only these.
    private static final Map<String, String> BOUNDS = Map.of(
            "account", "SELECT MIN(id), MAX(id) FROM account WHERE customer_id BETWEEN ? AND ?",
            "customer", "SELECT MIN(id), MAX(id) FROM customer WHERE id BETWEEN ? AND ?");

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String table;

    @Inject
    @BatchProperty
    String rangeSize;

    /** Optional job parameters that narrow a run to a slice of clients (operations, tests). */
    @Inject
    @BatchProperty
    String firstCustomerId;

    @Inject
    @BatchProperty
    String lastCustomerId;

    /** This partition's number (from 0) and the number of partitions; absent: the one reader of the step. */
    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    private RangeCursor cursor;
    private long max;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        var sql = BOUNDS.get(table);
        if (sql == null) {
            throw new IllegalArgumentException("no id ranges for table " + table);
        }
        boolean partitioned = partitions != null && !partitions.isBlank();
        int index = partitioned ? Integer.parseInt(partition) : 0;
        int count = partitioned ? Integer.parseInt(partitions) : 1;
        cursor = new RangeCursor(
                rangeSize == null || rangeSize.isBlank() ? 5000 : Long.parseLong(rangeSize), index, count);
        // A partition started afresh on a restart has no checkpoint of its own: its progress has.
        if (checkpoint == null && partitioned) {
            checkpoint = RangeProgress.lastCommitted(dataSource, job.getInstanceId(), step.getStepName(), index, count)
                    .orElse(null);
        }
        var scope = CustomerScope.of(firstCustomerId, lastCustomerId);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setLong(1, scope.first());
            statement.setLong(2, scope.last());
            try (var rows = statement.executeQuery()) {
                rows.next();
                long min = rows.getLong(1);
                boolean empty = rows.wasNull();
                max = empty ? 0 : rows.getLong(2);
                if (checkpoint != null) {
                    cursor.after(checkpoint);
                } else {
                    cursor.from(empty ? 1 : min);
                }
            }
        }
    }

    @Override
    public Object readItem() {
        return cursor.next(max);
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor.checkpoint();
    }
}
