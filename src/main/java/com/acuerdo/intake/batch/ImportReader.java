package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.CsvFile;
import com.acuerdo.intake.control.CsvRow;
import com.acuerdo.intake.entity.ImportLedger;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Reads the import's stored file row by row; the checkpoint is the line of the last row read. In a
 * partitioned step (payments) each partition reads the whole file and keeps only its share of the rows,
 * chosen by a column's value (the account: one account's rows stay in one partition, in file order, so
 * the oldest-bill-first posting is the same as in one pass); each partition has its own checkpoint.
 */
@Dependent
@Named("importReader")
public class ImportReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitionColumn")
    String partitionColumn;

    private int share = 1;
    private int mine;
    private int column = -1;

    private CsvFile csv;
    private CsvRow pending;
    private long lastLine = 1;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        var run = ledger.find(ImportJob.importId(job)).orElseThrow();
        csv = CsvFile.open(Path.of(run.storedFile()), run.kind());
        if (partitions != null && !partitions.isBlank() && Integer.parseInt(partitions) > 1) {
            share = Integer.parseInt(partitions);
            mine = Integer.parseInt(partition);
            column = run.kind().columns().indexOf(partitionColumn);
            if (column < 0) {
                throw new IllegalStateException("no column " + partitionColumn + " in " + run.kind());
            }
        }
        if (share > 1) {
            // Partitions restart from their own progress, not the runtime's checkpoint (AccountPartitions).
            long progress = ledger.progress(run.id(), mine);
            checkpoint = progress > 0 ? progress : null;
        }
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
        ChunkClock.current().start();
        CsvRow row;
        if (pending != null) {
            row = pending;
            pending = null;
        } else {
            row = csv.next().orElse(null);
        }
        while (row != null && !isMine(row)) {
            lastLine = row.line();
            row = csv.next().orElse(null);
        }
        if (row != null) {
            lastLine = row.line();
        }
        ChunkClock.current().lap("read");
        return row;
    }

    /** A row without the column (rejected later for it) goes to the first partition. */
    private boolean isMine(CsvRow row) {
        if (share == 1) {
            return true;
        }
        if (row.values().size() <= column) {
            return mine == 0;
        }
        return Math.floorMod(row.values().get(column).strip().hashCode(), share) == mine;
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
