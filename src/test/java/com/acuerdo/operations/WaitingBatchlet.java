package com.acuerdo.operations;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** TEST ONLY (JobsIT's archive): a job step that runs until it is stopped (or two minutes pass). */
@Dependent
@Named("testWaiting")
public class WaitingBatchlet extends AbstractBatchlet {

    private volatile boolean stopped;

    @Override
    public String process() throws InterruptedException {
        for (int i = 0; i < 1200 && !stopped; i++) {
            Thread.sleep(100);
        }
        return stopped ? "STOPPED" : "DONE";
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
