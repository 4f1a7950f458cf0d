package com.acuerdo.intake.batch;

import com.acuerdo.intake.batch.StagedPayments.Decision;
import com.acuerdo.intake.batch.StagedPayments.Progress;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The transactions of the payments posting: each step of {@link StagedPayments} commits on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentPostings {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    public Progress progress(long importId) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return new StagedPayments(connection, importId).progress();
        }
    }

    public Decision decide(long importId, int parts) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var staged = new StagedPayments(connection, importId);
            staged.largeSorts();
            return staged.decide(parts);
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
            return com.acuerdo.platform.batch.SequenceIds.isPostgres(connection);
        }
    }
}
