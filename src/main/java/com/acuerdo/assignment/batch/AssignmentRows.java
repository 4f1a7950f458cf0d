package com.acuerdo.assignment.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Plain-JDBC writes of assignment: moves of cases and their audit rows. On PostgreSQL they go as
 * arrays, {@value #ARRAY_ROWS} rows per statement ({@code unnest}), so a night's 100,000 cases are a
 * few dozen statements; elsewhere (H2 in tests) as JDBC batches of {@value #BATCH}.
 */
final class AssignmentRows implements AutoCloseable {

    static final int BATCH = 1_000;
    static final int ARRAY_ROWS = 10_000;

    private final PreparedStatement move;
    private final PreparedStatement audit;
    private final Ids auditIds;
    private final String actor;
    private final Timestamp at;
    private int pendingMoves;
    private int pendingAudits;
    private final Connection connection;
    private final boolean postgres;
    private final java.util.List<Long> moveIds = new java.util.ArrayList<>();
    private final java.util.List<Long> moveAgents = new java.util.ArrayList<>();
    private final java.util.List<Long> moveTeams = new java.util.ArrayList<>();
    private final java.util.List<Long> auditIdList = new java.util.ArrayList<>();
    private final java.util.List<String> auditTypes = new java.util.ArrayList<>();
    private final java.util.List<String> auditSubjects = new java.util.ArrayList<>();
    private final java.util.List<String> auditDetails = new java.util.ArrayList<>();

    AssignmentRows(Connection connection, String actor, Instant now) throws SQLException {
        this.connection = connection;
        this.postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        this.move = connection.prepareStatement("UPDATE collection_case SET assigned_agent_id = ?, team_id = ?,"
                + " version = version + 1 WHERE id = ? AND status = 'OPEN'");
        this.audit = connection.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, event_type,"
                + " subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
        this.auditIds = new Ids(connection, "audit_event_seq");
        this.actor = actor;
        this.at = Timestamp.valueOf(now.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    void move(long caseId, long agentId, long teamId) throws SQLException {
        if (postgres) {
            moveIds.add(caseId);
            moveAgents.add(agentId);
            moveTeams.add(teamId);
            if (moveIds.size() == ARRAY_ROWS) {
                flushMoveArrays();
            }
            return;
        }
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
        if (postgres) {
            auditIdList.add(auditIds.next());
            auditTypes.add(type.name());
            auditSubjects.add(Long.toString(caseId));
            auditDetails.add(detail(fromAgent, fromTeam, toAgent, toTeam, why));
            if (auditIdList.size() == ARRAY_ROWS) {
                flushAuditArrays();
            }
            return;
        }
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

    private long writeNanos;

    /** Time spent in the database writing, for the night's log line. */
    long writeMillis() {
        return writeNanos / 1_000_000;
    }

    private void flushMoveArrays() throws SQLException {
        if (moveIds.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try (var update = connection.prepareStatement("UPDATE collection_case c SET assigned_agent_id = v.agent,"
                + " team_id = v.team, version = c.version + 1 FROM unnest(?::bigint[], ?::bigint[], ?::bigint[])"
                + " AS v(id, agent, team) WHERE c.id = v.id AND c.status = 'OPEN'")) {
            update.setArray(1, connection.createArrayOf("bigint", moveIds.toArray()));
            update.setArray(2, connection.createArrayOf("bigint", moveAgents.toArray()));
            update.setArray(3, connection.createArrayOf("bigint", moveTeams.toArray()));
            update.executeUpdate();
        }
        moveIds.clear();
        moveAgents.clear();
        moveTeams.clear();
        writeNanos += System.nanoTime() - start;
    }

    private void flushAuditArrays() throws SQLException {
        if (auditIdList.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try (var insert = connection.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, event_type,"
                + " subject_type, subject_id, detail) SELECT v.id, ?, ?, v.type, '" + AssignmentEvent.CASE + "',"
                + " v.subject, v.detail FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[])"
                + " AS v(id, type, subject, detail)")) {
            insert.setTimestamp(1, at);
            insert.setString(2, actor);
            insert.setArray(3, connection.createArrayOf("bigint", auditIdList.toArray()));
            insert.setArray(4, connection.createArrayOf("varchar", auditTypes.toArray()));
            insert.setArray(5, connection.createArrayOf("varchar", auditSubjects.toArray()));
            insert.setArray(6, connection.createArrayOf("varchar", auditDetails.toArray()));
            insert.executeUpdate();
        }
        auditIdList.clear();
        auditTypes.clear();
        auditSubjects.clear();
        auditDetails.clear();
        writeNanos += System.nanoTime() - start;
    }

    void flush() throws SQLException {
        flushMoveArrays();
        flushAuditArrays();
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
