package com.acuerdo.intake.batch;

import com.acuerdo.intake.batch.StagedPayments.Decision;
import com.acuerdo.intake.batch.StagedPayments.Progress;
import com.acuerdo.intake.control.CsvFile;
import com.acuerdo.intake.control.CsvRow;
import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.RowRules;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.intake.entity.ImportLedger;
import com.acuerdo.platform.batch.SequenceIds;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Iterator;
import javax.sql.DataSource;

/** The transactions of the payments posting: each step of {@link StagedPayments} commits on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentPostings {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    ImportLedger ledger;

    /** Stages the import's stored file: the rows read. */
    public long stage(long importId) throws SQLException, IOException {
        var run = ledger.find(importId).orElseThrow();
        try (var csv = CsvFile.open(Path.of(run.storedFile()), ImportKind.PAYMENTS);
                var connection = dataSource.getConnection()) {
            var rows = new Iterator<ImportRow>() {
                private CsvRow next = csv.next().orElse(null);

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public ImportRow next() {
                    var row = next;
                    next = csv.next().orElse(null);
                    return RowRules.check(ImportKind.PAYMENTS, row);
                }
            };
            return new StagedPayments(connection, importId).stageAll(rows);
        }
    }

    public Progress progress(long importId) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return new StagedPayments(connection, importId).progress();
        }
    }

    public boolean workLost(long importId, boolean decided) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return new StagedPayments(connection, importId).workLost(decided);
        }
    }

    public void prepareDecision(long importId) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            new StagedPayments(connection, importId).prepareDecision();
        }
    }

    public void resolve(long importId, int slice, int slices, int parts) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var staged = new StagedPayments(connection, importId);
            staged.largeSorts();
            staged.resolve(slice, slices, parts);
        }
    }

    public void joinSlices(long importId, int slices) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            new StagedPayments(connection, importId).joinSlices(slices);
        }
    }

    public Decision conclude(long importId, int parts, int slices) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return new StagedPayments(connection, importId).conclude(parts, slices);
        }
    }

    public long post(long importId, int part) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var staged = new StagedPayments(connection, importId);
            staged.largeSorts();
            return staged.post(part);
        }
    }

    public void finish(long importId, int parts) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var staged = new StagedPayments(connection, importId);
            staged.finish();
            staged.dropTables(parts);
        }
    }

    /** Whether the database is PostgreSQL (parts run in parallel there; H2 takes one writer at a time). */
    public boolean postgres() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return SequenceIds.isPostgres(connection);
        }
    }
}
