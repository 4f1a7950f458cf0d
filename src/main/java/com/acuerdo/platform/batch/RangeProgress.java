package com.acuerdo.platform.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A partition's progress through its ranges ({@link RangePartitions}), in table {@code
 * range_progress}: after each range is written, in the chunk's own transaction, so the row and the
 * range's writes commit together. {@link IdRanges} continues from it when the runtime starts the
 * partitions afresh on a restart.
 */
@Dependent
@Named("rangeProgress")
public class RangeProgress extends AbstractItemWriteListener {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public void afterWrite(List<Object> items) throws SQLException {
        long last =
                items.stream().mapToLong(item -> ((IdRange) item).to()).max().orElseThrow();
        try (var connection = dataSource.getConnection();
                var update =
                        connection.prepareStatement("UPDATE range_progress SET last_id = ? WHERE job_instance_id = ?"
                                + " AND step_name = ? AND partition_no = ? AND partitions = ?")) {
            update.setLong(1, last);
            key(update, 2);
            if (update.executeUpdate() == 0) {
                try (var insert = connection.prepareStatement("INSERT INTO range_progress (last_id, job_instance_id,"
                        + " step_name, partition_no, partitions) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, last);
                    key(insert, 2);
                    insert.executeUpdate();
                }
            }
        }
    }

    private void key(PreparedStatement statement, int first) throws SQLException {
        statement.setLong(first, job.getInstanceId());
        statement.setString(first + 1, step.getStepName());
        statement.setInt(first + 2, Integer.parseInt(partition));
        statement.setInt(first + 3, Integer.parseInt(partitions));
    }

    /** The last id this partition of the step committed in this job instance, if any. */
    static Optional<Long> lastCommitted(
            DataSource dataSource, long instanceId, String stepName, int partition, int partitions)
            throws SQLException {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT last_id FROM range_progress WHERE job_instance_id = ?"
                        + " AND step_name = ? AND partition_no = ? AND partitions = ?")) {
            query.setLong(1, instanceId);
            query.setString(2, stepName);
            query.setInt(3, partition);
            query.setInt(4, partitions);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }
}
