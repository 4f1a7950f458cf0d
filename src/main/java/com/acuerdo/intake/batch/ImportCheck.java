package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.CsvFile;
import com.acuerdo.intake.control.FileRefused;
import com.acuerdo.intake.entity.ImportLedger;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;

/**
 * First step of an import: reads the whole file once (UTF-8, CSV, header) before any row lands, so a
 * file that is not what the contract says fails the job and changes nothing.
 */
@Dependent
@Named("importCheck")
public class ImportCheck extends AbstractBatchlet {

    public static final String INVALID_FILE = "INVALID_FILE";

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Override
    public String process() {
        long importId = ImportJob.importId(job);
        var run = ledger.find(importId).orElseThrow();
        try {
            long rows = CsvFile.check(Path.of(run.storedFile()), run.kind());
            return "CHECKED " + rows + " rows";
        } catch (FileRefused refused) {
            ledger.refuse(importId, refused.line(), refused.reason(), null);
        } catch (IOException e) {
            ledger.refuse(importId, 1, "the file cannot be read: " + e.getMessage(), null);
        }
        job.setExitStatus(INVALID_FILE);
        return INVALID_FILE;
    }
}
