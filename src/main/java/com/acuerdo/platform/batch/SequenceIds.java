package com.acuerdo.platform.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Ids from a database sequence for rows written by plain JDBC, in the same blocks EclipseLink uses
 * (increment 50, {@code start-sequence-at-nextval}: a value v stands for the ids v..v+49), so JDBC and
 * JPA writers of one table never collide and one round trip serves 50 rows.
 */
public final class SequenceIds {

    private static final int BLOCK = 50;
    private static final Set<String> SEQUENCES = Set.of(
            "bucket_move_seq",
            "collection_case_seq",
            "audit_event_seq",
            "escalation_seq",
            "core_bank_export_seq",
            "reminder_seq");

    private final Connection connection;
    private final String sequence;
    private final boolean postgres;
    private long next;
    private long left;

    public SequenceIds(Connection connection, String sequence) throws SQLException {
        if (!SEQUENCES.contains(sequence)) {
            throw new IllegalArgumentException("not a known sequence: " + sequence);
        }
        this.connection = connection;
        this.sequence = sequence;
        this.postgres = isPostgres(connection);
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public long next() throws SQLException {
        if (left == 0) {
            var sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery(sql)) {
                rows.next();
                next = rows.getLong(1);
                left = BLOCK;
            }
        }
        left--;
        return next++;
    }
}
