package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.ImportRow;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Loads a chunk's rows and records its counts and rejects, all in the chunk's transaction. */
@Dependent
@Named("importWriter")
public class ImportWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportChunk chunk;

    private Long importId;

    @Override
    public void writeItems(List<Object> items) {
        if (importId == null) {
            importId = ImportJob.importId(job); // read once: it asks the job repository
        }
        chunk.load(
                importId,
                ImportJob.kind(job),
                items.stream().map(ImportRow.class::cast).toList());
    }
}
