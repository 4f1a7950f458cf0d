package com.acuerdo.assignment.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Plain-JDBC writes of assignment: moves of cases and their audit rows, in batches (one round trip per
 * {@value #BATCH} rows), so a night's 100,000 cases or a supervisor's 5,000 are a few statements.
 */
final class AssignmentRows implements AutoCloseable {

    static final int BATCH = 1_000;

    private final PreparedStatement move;
    private final PreparedStatement audit;
    private final Ids auditIds;
    private final String actor;
    private final Timestamp at;
    private int pendingMoves;
    private int pendingAudits;

    AssignmentRows(Connection connection, String actor, Instant now) throws SQLException {
        this.move = connection.prepareStatement("UPDATE collection_case SET assigned_agent_id = ?, team_id = ?,"
                + " version = version + 1 WHERE id = ? AND status = 'OPEN'");
        this.audit = connection.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, event_type,"
                + " subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
        this.auditIds = new Ids(connection, "audit_event_seq");
        this.actor = actor;
        this.at = Timestamp.valueOf(now.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    void move(long caseId, long agentId, long teamId) throws SQLException {
        move.setLong(1, agentId);
        move.setLong(2, teamId);
        move.setLong(3, caseId);
        move.addBatch();
        if (++pendingMoves == BATCH) {
            move.executeBatch();
            pendingMoves = 0;
        }
    }

    /** Who (the actor), why (the reason) and from/to, on the case. */
    void audit(AssignmentEvent type, long caseId, Long fromAgent, Long fromTeam, long toAgent, long toTeam, String why)
            throws SQLException {
        audit.setLong(1, auditIds.next());
        audit.setTimestamp(2, at);
        audit.setString(3, actor);
        audit.setString(4, type.name());
        audit.setString(5, AssignmentEvent.CASE);
        audit.setString(6, Long.toString(caseId));
        audit.setString(7, detail(fromAgent, fromTeam, toAgent, toTeam, why));
        audit.addBatch();
        if (++pendingAudits == BATCH) {
            audit.executeBatch();
            pendingAudits = 0;
        }
    }

    static String detail(Long fromAgent, Long fromTeam, long toAgent, long toTeam, String why) {
        var from = fromAgent == null ? "nobody" : "agent " + fromAgent + " (team " + fromTeam + ")";
        var text = "from " + from + " to agent " + toAgent + " (team " + toTeam + "): " + why;
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    void flush() throws SQLException {
        if (pendingMoves > 0) {
            move.executeBatch();
            pendingMoves = 0;
        }
        if (pendingAudits > 0) {
            audit.executeBatch();
            pendingAudits = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try (move;
                audit) {
            flush();
        }
    }

    /** Ids from a sequence in EclipseLink's blocks of 50 (start-sequence-at-nextval). */
    static final class Ids {
        private final Connection connection;
        private final String sql;
        private long next;
        private long left;

        Ids(Connection connection, String sequence) throws SQLException {
            this.connection = connection;
            boolean postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
            this.sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        }

        long next() throws SQLException {
            if (left == 0) {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery(sql)) {
                    rows.next();
                    next = rows.getLong(1);
                    left = 50;
                }
            }
            left--;
            return next++;
        }
    }
}
