package com.acuerdo.intake.batch;

import com.acuerdo.platform.batch.SequenceIds;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One payments posting at a time, in the whole cluster: two imports deciding and posting at once
 * could both take the same payment id for new or pay the same bill from the same reading. On
 * PostgreSQL a transaction-level advisory lock on a connection of its own (released when the
 * transaction ends, also when the server dies); on the embedded H2 database (one server) a lock in
 * the JVM.
 */
final class PostingLock implements AutoCloseable {

    private static final long KEY = 0x41637565_72646f50L; // "AcuerdoP"
    private static final ReentrantLock EMBEDDED = new ReentrantLock();

    private final Connection connection;

    private PostingLock(Connection connection) {
        this.connection = connection;
    }

    static PostingLock take(DataSource dataSource) throws SQLException {
        var connection = dataSource.getConnection();
        try {
            if (!SequenceIds.isPostgres(connection)) {
                connection.close();
                EMBEDDED.lock();
                return new PostingLock(null);
            }
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                statement.setLong(1, KEY);
                statement.execute();
            }
            return new PostingLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            EMBEDDED.unlock();
            return;
        }
        try (connection) {
            connection.rollback(); // ends the transaction: the lock goes with it
            connection.setAutoCommit(true);
        }
    }
}
