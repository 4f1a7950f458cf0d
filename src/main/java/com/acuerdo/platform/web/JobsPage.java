package com.acuerdo.platform.web;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** The admin's jobs page: every Jakarta Batch execution of this application, newest first. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int INSTANCES_PER_JOB = 50;

    public record Row(
            String jobName, long executionId, String status, String exitStatus, Instant started, Instant ended)
            implements Serializable {}

    private List<Row> executions = List.of();

    public void load() {
        var operator = BatchRuntime.getJobOperator();
        var rows = new ArrayList<Row>();
        for (var jobName : operator.getJobNames()) {
            for (var instance : operator.getJobInstances(jobName, 0, INSTANCES_PER_JOB)) {
                for (var execution : operator.getJobExecutions(instance)) {
                    rows.add(new Row(
                            jobName,
                            execution.getExecutionId(),
                            String.valueOf(execution.getBatchStatus()),
                            execution.getExitStatus(),
                            instant(execution.getStartTime()),
                            instant(execution.getEndTime())));
                }
            }
        }
        rows.sort(Comparator.comparingLong(Row::executionId).reversed());
        executions = List.copyOf(rows);
    }

    public List<Row> getExecutions() {
        return executions;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
