package com.acuerdo.operations.batch;

import com.acuerdo.operations.boundary.ServerInstances;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every job of the application names this listener: the execution is recorded as this server's. */
@Dependent
@Named("executionOwner")
public class ExecutionOwner extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    ServerInstances instances;

    @Override
    public void beforeJob() {
        instances.own(job.getExecutionId());
    }
}
