package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.CsvFile;
import com.acuerdo.intake.control.CsvRow;
import com.acuerdo.intake.entity.ImportLedger;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/** Reads the import's stored file row by row; the checkpoint is the line of the last row read. */
@Dependent
@Named("importReader")
public class ImportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    private CsvFile csv;
    private CsvRow pending;
    private long lastLine = 1;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        var run = ledger.find(ImportJob.importId(job)).orElseThrow();
        csv = CsvFile.open(Path.of(run.storedFile()), run.kind());
        if (checkpoint instanceof Long line) {
            // A restart: skip what the committed chunks already read.
            lastLine = line;
            pending = csv.next().orElse(null);
            while (pending != null && pending.line() <= line) {
                pending = csv.next().orElse(null);
            }
        }
    }

    @Override
    public Object readItem() {
        CsvRow row;
        if (pending != null) {
            row = pending;
            pending = null;
        } else {
            row = csv.next().orElse(null);
        }
        if (row != null) {
            lastLine = row.line();
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }
}
