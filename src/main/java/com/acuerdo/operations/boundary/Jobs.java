package com.acuerdo.operations.boundary;

import com.acuerdo.operations.control.JobCatalog;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * IT's operations on Jakarta Batch jobs: start a job of the catalogue, read an execution with its
 * counts, stop and restart. Calls into the batch runtime run outside any transaction (the job
 * repository must see a started job at once); each operation is audited.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

    private static final int INSTANCES_PER_JOB = 200;

    @Inject
    Audit audit;

    @Inject
    ServerInstances instances;

    public List<String> startable() {
        return JobCatalog.ofClassPath().startable();
    }

    public long start(String jobName) {
        return start(jobName, null, null);
    }

    /**
     * Starts a job; with a first and/or last client id (internal ids, both included) only for that
     * slice of clients: IT re-running part of the night, a test ageing only its own clients.
     */
    public long start(String jobName, Long firstCustomerId, Long lastCustomerId) {
        var catalog = JobCatalog.ofClassPath();
        if (!catalog.isStartable(jobName)) {
            throw new Refusal(
                    Refusal.Kind.NOT_FOUND,
                    Reason.of("UNKNOWN_JOB", "jobName", jobName, "known", String.join(", ", startable())));
        }
        var parameters = new Properties();
        var detail = jobName;
        if (firstCustomerId != null || lastCustomerId != null) {
            if (!catalog.isScopable(jobName)) {
                throw new Refusal(
                        Refusal.Kind.INVALID,
                        Reason.of(
                                "SCOPE_NOT_SUPPORTED",
                                "jobName",
                                jobName,
                                "scopable",
                                String.join(", ", JobCatalog.SCOPABLE)));
            }
            if (firstCustomerId != null && lastCustomerId != null && firstCustomerId > lastCustomerId) {
                throw new Refusal(
                        Refusal.Kind.INVALID,
                        Reason.of("SCOPE_EMPTY", "firstCustomerId", firstCustomerId, "lastCustomerId", lastCustomerId));
            }
            if (firstCustomerId != null) {
                parameters.setProperty("firstCustomerId", Long.toString(firstCustomerId));
            }
            if (lastCustomerId != null) {
                parameters.setProperty("lastCustomerId", Long.toString(lastCustomerId));
            }
            detail = jobName + " for clients " + (firstCustomerId == null ? "" : firstCustomerId) + ".."
                    + (lastCustomerId == null ? "" : lastCustomerId);
        }
        long executionId = BatchRuntime.getJobOperator().start(jobName, parameters);
        audit.record(JobEvent.JOB_STARTED, "JobExecution", executionId, detail);
        return executionId;
    }

    public ExecutionView execution(long executionId) {
        var operator = BatchRuntime.getJobOperator();
        try {
            var execution = operator.getJobExecution(executionId);
            var later = operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                    .anyMatch(e -> e.getExecutionId() > executionId);
            return view(execution, operator.getStepExecutions(executionId), later);
        } catch (NoSuchJobExecutionException e) {
            throw unknown(executionId);
        }
    }

    /** Restarts a stopped or failed execution, or one whose server was lost, with its parameters; answers the new execution id. */
    public long restart(long executionId) {
        var operator = BatchRuntime.getJobOperator();
        try {
            // Ask first: the runtime answers an unknown id with a NullPointerException here, and a
            // restart of a running execution would leave a stray execution behind.
            var execution = operator.getJobExecution(executionId);
            var status = execution.getBatchStatus();
            // A STARTED execution whose server died runs nowhere: the repository cannot tell, we can.
            boolean lost = isRunning(status) && isLost(execution);
            if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED && !lost) {
                throw conflict("NOT_RESTARTABLE", executionId, "the execution is " + status);
            }
            var parameters = operator.getParameters(executionId);
            long restarted = operator.restart(executionId, parameters == null ? new Properties() : parameters);
            audit.record(
                    JobEvent.JOB_RESTARTED,
                    "JobExecution",
                    executionId,
                    "restarted as " + restarted + (lost ? " (its server was lost while it ran)" : ""));
            return restarted;
        } catch (NoSuchJobExecutionException e) {
            throw unknown(executionId);
        } catch (JobExecutionAlreadyCompleteException e) {
            throw conflict("NOT_RESTARTABLE", executionId, "the execution completed");
        } catch (JobExecutionNotMostRecentException e) {
            throw conflict("NOT_RESTARTABLE", executionId, "a later execution of the same job instance exists");
        } catch (JobRestartException e) {
            throw conflict("NOT_RESTARTABLE", executionId, "the execution is running or cannot restart");
        }
    }

    public void stop(long executionId) {
        var operator = BatchRuntime.getJobOperator();
        try {
            operator.getJobExecution(executionId);
            operator.stop(executionId);
            audit.record(JobEvent.JOB_STOPPED, "JobExecution", executionId, "stop requested");
        } catch (NoSuchJobExecutionException e) {
            throw unknown(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw conflict("NOT_RUNNING", executionId, "the execution is not running");
        }
    }

    /** The latest executions of every job of this application, newest first. */
    public List<ExecutionView> latest(int max) {
        var operator = BatchRuntime.getJobOperator();
        var executions = new ArrayList<JobExecution>();
        var superseded = new HashSet<Long>();
        for (var jobName : operator.getJobNames()) {
            for (var instance : operator.getJobInstances(jobName, 0, INSTANCES_PER_JOB)) {
                collect(operator.getJobExecutions(instance), executions, superseded);
            }
        }
        return newest(executions, superseded, max, operator);
    }

    /** The last executions of one job, newest first (the nightly chart). */
    public List<ExecutionView> latestOf(String jobName, int max) {
        var operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(jobName)) {
            return List.of();
        }
        var executions = new ArrayList<JobExecution>();
        var superseded = new HashSet<Long>();
        for (var instance : operator.getJobInstances(jobName, 0, max)) {
            collect(operator.getJobExecutions(instance), executions, superseded);
        }
        return newest(executions, superseded, max, operator);
    }

    /** Adds one instance's executions; all but its latest are superseded by a restart. */
    private static void collect(List<JobExecution> ofInstance, List<JobExecution> executions, Set<Long> superseded) {
        executions.addAll(ofInstance);
        ofInstance.stream().mapToLong(JobExecution::getExecutionId).max().ifPresent(latest -> ofInstance.stream()
                .map(JobExecution::getExecutionId)
                .filter(id -> id != latest)
                .forEach(superseded::add));
    }

    private List<ExecutionView> newest(
            List<JobExecution> executions, Set<Long> superseded, int max, JobOperator operator) {
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .limit(max)
                .map(e -> view(
                        e, operator.getStepExecutions(e.getExecutionId()), superseded.contains(e.getExecutionId())))
                .toList();
    }

    private ExecutionView view(JobExecution execution, List<StepExecution> stepExecutions, boolean superseded) {
        var steps = stepExecutions.stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(s -> new ExecutionView.Step(
                        s.getStepName(),
                        String.valueOf(s.getBatchStatus()),
                        s.getExitStatus(),
                        instant(s.getStartTime()),
                        instant(s.getEndTime()),
                        metric(s, Metric.MetricType.READ_COUNT),
                        metric(s, Metric.MetricType.WRITE_COUNT),
                        metric(s, Metric.MetricType.READ_SKIP_COUNT)
                                + metric(s, Metric.MetricType.PROCESS_SKIP_COUNT)
                                + metric(s, Metric.MetricType.WRITE_SKIP_COUNT)))
                .toList();
        long instanceId;
        try {
            instanceId = BatchRuntime.getJobOperator()
                    .getJobInstance(execution.getExecutionId())
                    .getInstanceId();
        } catch (RuntimeException e) {
            instanceId = -1;
        }
        return new ExecutionView(
                execution.getExecutionId(),
                instanceId,
                execution.getJobName(),
                String.valueOf(execution.getBatchStatus()),
                isRunning(execution.getBatchStatus()) && isLost(execution),
                execution.getExitStatus(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                steps.stream().mapToLong(ExecutionView.Step::read).sum(),
                steps.stream().mapToLong(ExecutionView.Step::written).sum(),
                steps.stream().mapToLong(ExecutionView.Step::skipped).sum(),
                steps,
                superseded);
    }

    private boolean isLost(JobExecution execution) {
        return instances.isLost(execution.getExecutionId(), instant(execution.getCreateTime()));
    }

    private static boolean isRunning(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        var metrics = step.getMetrics();
        if (metrics == null) {
            return 0;
        }
        for (var metric : metrics) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Refusal unknown(long executionId) {
        return new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_EXECUTION", "executionId", executionId));
    }

    private static Refusal conflict(String code, long executionId, String why) {
        return new Refusal(Refusal.Kind.CONFLICT, Reason.of(code, "executionId", executionId, "why", why));
    }
}
