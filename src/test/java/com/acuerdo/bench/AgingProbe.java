package com.acuerdo.bench;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TEST ONLY (added to the aging and nightly benchmarks' archives, never shipped): starts the real
 * {@code aging} (or {@code nightly}, {@code escalation}, {@code reminders}) job through the {@code JobOperator}, waits for it to end and
 * answers, as text, its status, wall time, the time of each step and the server's heap: the largest
 * used heap sampled every 50 ms while the job ran, and the maximum heap of this JVM.
 */
@RequestScoped
@Path("test-bench")
public class AgingProbe {

    private static final EnumSet<BatchStatus> ENDED =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @POST
    @Path("{job}")
    @Produces(MediaType.TEXT_PLAIN)
    public String run(
            @PathParam("job") String job,
            @QueryParam("businessDate") String businessDate,
            @QueryParam("rangeSize") String rangeSize,
            @QueryParam("partitions") String partitions)
            throws InterruptedException {
        if (!java.util.Set.of("aging", "nightly", "escalation", "reminders").contains(job)) {
            throw new NotFoundException();
        }
        var operator = BatchRuntime.getJobOperator();
        var parameters = new Properties();
        if (businessDate != null && !businessDate.isBlank()) {
            parameters.setProperty("businessDate", businessDate);
        }
        if (rangeSize != null && !rangeSize.isBlank()) {
            parameters.setProperty("rangeSize", rangeSize);
        }
        if (partitions != null && !partitions.isBlank()) {
            parameters.setProperty("partitions", partitions);
        }
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.setDaemon(true);
        sampling.start();
        long started = System.nanoTime();
        long id = operator.start(job, parameters);
        var execution = operator.getJobExecution(id);
        while (!ENDED.contains(execution.getBatchStatus())) {
            Thread.sleep(100);
            execution = operator.getJobExecution(id);
        }
        long took = System.nanoTime() - started;
        sampling.interrupt();
        sampling.join();
        var lines = new StringBuilder();
        lines.append(String.format(
                "job execution %d: %s (%s) in %.1f s%n",
                id, execution.getBatchStatus(), execution.getExitStatus(), took / 1e9));
        var steps = new java.util.ArrayList<>(operator.getStepExecutions(id));
        steps.sort(java.util.Comparator.comparingLong(jakarta.batch.runtime.StepExecution::getStepExecutionId));
        for (var step : steps) {
            var stepTook = step.getStartTime() == null || step.getEndTime() == null
                    ? Duration.ZERO
                    : Duration.between(
                            step.getStartTime().toInstant(), step.getEndTime().toInstant());
            lines.append(String.format(
                    "step %s: %s in %.1f s%n", step.getStepName(), step.getBatchStatus(), stepTook.toMillis() / 1e3));
        }
        lines.append(String.format(
                "heap: max %d MiB (-Xmx), used %d MiB before the job, peak %d MiB while it ran (sampled every 50 ms)%n",
                Runtime.getRuntime().maxMemory() >> 20, before >> 20, peak.get() >> 20));
        return lines.toString();
    }
}
