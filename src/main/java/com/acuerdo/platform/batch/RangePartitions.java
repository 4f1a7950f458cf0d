package com.acuerdo.platform.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a range-by-range step into partitions that run at once, each on its own thread and
 * connection: the server and the database then both keep working instead of taking turns. Each
 * partition reads every n-th range ({@link IdRanges}) and commits its own chunks.
 *
 * <p>On a restart the plan is overridden: the runtime starts the partitions afresh, and each
 * continues after the last range it committed ({@link RangeProgress}); a finished one reads nothing.
 * Payara's runtime cannot restart the partitions with their own checkpoints after its server was
 * killed: it stores the step's partition count only when the step ends, and fails on the missing
 * count.
 *
 * <p>Only for steps whose ranges are independent: a range writes rows of its own ids alone.
 */
@Dependent
@Named("rangePartitions")
public class RangePartitions implements PartitionMapper {

    /** How many partitions; default 2 (the two cores of the machine the goals are measured on). */
    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = partitions == null || partitions.isBlank() ? 2 : Integer.parseInt(partitions.trim());
        if (count < 1 || count > 16) {
            throw new IllegalArgumentException("partitions must be 1 to 16, not " + count);
        }
        var plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        plan.setPartitionsOverride(true);
        var properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", Integer.toString(i));
            properties[i].setProperty("partitions", Integer.toString(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
