package com.acuerdo.operations;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST ONLY: a step that fails the first time its job instance runs and completes when the instance
 * is restarted, so a test can make an execution that ended and then restart it to completion.
 */
@Dependent
@Named("testFailsOnce")
public class FailsOnceBatchlet extends AbstractBatchlet {

    private static final Set<Long> FAILED_ONCE = ConcurrentHashMap.newKeySet();

    @Inject
    JobContext job;

    @Override
    public String process() {
        if (FAILED_ONCE.add(job.getInstanceId())) {
            throw new IllegalStateException("the first run of instance " + job.getInstanceId() + " fails on purpose");
        }
        return "DONE";
    }
}
