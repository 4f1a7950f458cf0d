package com.acuerdo.intake.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts a staged payments import to the end, from wherever a (killed, failed) earlier try stopped:
 * decides the staged rows once (slices of the lines at once), posts the parts not posted yet (in
 * parallel on PostgreSQL; each part its own accounts, so they never touch the same bill) and drops the
 * run's work tables. One posting at a time in the cluster ({@link PostingLock}). Used by the job's post
 * step and the inbox.
 */
@Dependent
public class StagedPosting {

    @Inject
    PaymentPostings postings;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    /** Parts posted at once on PostgreSQL, and slices decided at once: about the database server's cores. */
    @Inject
    @ConfigProperty(name = "acuerdo.imports.payment-parts", defaultValue = "2")
    int configuredParts;

    /** @return the payments posted by this call */
    public long post(long importId) throws Exception {
        try (var lock = PostingLock.take(dataSource)) {
            var progress = postings.progress(importId);
            if (progress.finished()) {
                postings.finish(importId, progress.parts()); // work tables a kill may have left
                return 0;
            }
            int parts =
                    progress.decided() ? progress.parts() : (postings.postgres() ? Math.max(1, configuredParts) : 1);
            if (postings.workLost(importId, progress.decided())) {
                // The database crashed and emptied the work tables: staged again from the stored file and, if
                // the decision was made, decided again without concluding (its rejects and counts stand). The
                // payments of the parts posted before are then found posted and stay out of the parts.
                postings.stage(importId);
                if (progress.decided()) {
                    resolve(importId, parts);
                    postings.joinSlices(importId, parts);
                }
            }
            if (!progress.decided()) {
                resolve(importId, parts);
                postings.conclude(importId, parts, parts);
            }
            var waiting = IntStream.range(0, parts)
                    .filter(part -> !progress.posted().contains(part))
                    .toArray();
            long posted = inParallel(waiting.length, i -> postings.post(importId, waiting[i]));
            postings.finish(importId, parts);
            return posted;
        }
    }

    /** The slices of the lines are decided at once, each in a session (and on a core) of its own. */
    private void resolve(long importId, int parts) throws Exception {
        postings.prepareDecision(importId);
        inParallel(parts, slice -> {
            postings.resolve(importId, slice, parts, parts);
            return 0;
        });
    }

    /** The tasks 0 … n-1, at once; every one ends before this does, failed or not. @return their sum */
    private long inParallel(int n, Task task) throws Exception {
        var running = new ArrayList<Future<Long>>();
        for (int i = 0; i < n; i++) {
            int index = i;
            running.add(executor.submit(() -> task.run(index)));
        }
        long sum = 0;
        Exception failure = null;
        for (var future : running) {
            try {
                sum += future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return sum;
    }

    @FunctionalInterface
    private interface Task {
        long run(int index) throws Exception;
    }
}
