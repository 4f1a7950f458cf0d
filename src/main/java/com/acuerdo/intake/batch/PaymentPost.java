package com.acuerdo.intake.batch;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payments import's last step: decides the staged rows once, then posts the parts not posted
 * yet, in parallel on PostgreSQL (each part its own accounts, so they never touch the same bill),
 * and drops the run's work tables. Killed or failed, a restart continues where the commits stopped.
 */
@Dependent
@Named("paymentPost")
public class PaymentPost extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    PaymentPostings postings;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    /** Parts posted at once on PostgreSQL: about the database server's cores. */
    @Inject
    @ConfigProperty(name = "acuerdo.imports.payment-parts", defaultValue = "2")
    int configuredParts;

    @Override
    public String process() throws Exception {
        long importId = ImportJob.importId(job);
        try (var lock = PostingLock.take(dataSource)) {
            var progress = postings.progress(importId);
            if (progress.finished()) {
                postings.finish(importId, progress.parts()); // work tables a kill may have left
                return "POSTED";
            }
            int parts =
                    progress.decided() ? progress.parts() : (postings.postgres() ? Math.max(1, configuredParts) : 1);
            if (!progress.decided()) {
                postings.decide(importId, parts);
            }
            var running = new ArrayList<Future<Long>>();
            for (int part = 0; part < parts; part++) {
                if (!progress.posted().contains(part)) {
                    int p = part;
                    running.add(executor.submit(() -> postings.post(importId, p)));
                }
            }
            long posted = 0;
            Exception failure = null;
            for (var part : running) { // every part ends before the step does, failed or not
                try {
                    posted += part.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            postings.finish(importId, parts);
            return "POSTED " + posted + " payments";
        }
    }
}
