package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.CsvRow;
import com.acuerdo.intake.control.RowRules;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A row's own checks; a bad row goes on as a rejected row, so the writer records it with the chunk. */
@Dependent
@Named("importProcessor")
public class ImportProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        return RowRules.check(ImportJob.kind(job), (CsvRow) item);
    }
}
