package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.ImportRow.PaymentRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import com.acuerdo.intake.entity.ChunkTally;
import com.acuerdo.intake.entity.ImportLedger;
import com.acuerdo.intake.entity.ImportReject;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The payments import's load step: a chunk's checked rows go to the run's stage table, its rows
 * refused on their own go to the rejects, with the counts, all in the chunk's transaction (a restart
 * continues after the last committed chunk). Nothing is posted yet: see {@link PaymentPost}.
 */
@Dependent
@Named("paymentStageWriter")
public class PaymentStageWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    private long importId;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        importId = ImportJob.importId(job);
        try (var connection = dataSource.getConnection()) {
            new StagedPayments(connection, importId).createStage();
        }
    }

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        var rows = new ArrayList<PaymentRow>(items.size());
        var rejects = new ArrayList<ImportReject>();
        for (var item : items) {
            if (item instanceof PaymentRow row) {
                rows.add(row);
            } else if (item instanceof Rejected r) {
                rejects.add(new ImportReject(importId, r.line(), r.reason(), r.raw()));
            } else {
                throw new IllegalArgumentException("not a payment row: " + item);
            }
        }
        try (var connection = dataSource.getConnection()) {
            new StagedPayments(connection, importId).stage(rows);
        }
        ledger.record(importId, new ChunkTally(items.size(), 0, 0, 0, rejects.size()), rejects);
    }
}
