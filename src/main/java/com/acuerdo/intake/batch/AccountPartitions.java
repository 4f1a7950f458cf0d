package com.acuerdo.intake.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * The payments load step's partitions: two (both cores), split by account. The plan is rebuilt on a
 * restart ("override"): Payara's batch runtime cannot restart a partitioned step killed before it ended
 * (it has not stored the number of partitions yet), so each partition resumes from its own progress,
 * committed with every chunk in {@code import_partition_progress} (see {@link ImportReader}).
 */
@Dependent
@Named("accountPartitions")
public class AccountPartitions implements PartitionMapper {

    static final int PARTITIONS = 2;

    @Override
    public PartitionPlan mapPartitions() {
        var plan = new PartitionPlanImpl();
        plan.setPartitions(PARTITIONS);
        plan.setPartitionsOverride(true);
        var properties = new Properties[PARTITIONS];
        for (int i = 0; i < PARTITIONS; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partitions", Integer.toString(PARTITIONS));
            properties[i].setProperty("partition", Integer.toString(i));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
