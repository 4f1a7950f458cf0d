package com.acuerdo.assignment.batch;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor's move of many cases to one agent, set-based: the cases' current holders are read and
 * the cases updated in slices of {@value #SLICE} ids (one UPDATE each), open absence covers of those
 * cases end (the supervisor decided), and one audit row per moved case is written in batches.
 */
public final class CaseMoves {

    static final int SLICE = 1_000;

    public record Moved(long caseId, Long fromAgentId, Long fromTeamId) {}

    private CaseMoves() {}

    /** Moves the open cases among {@code caseIds} not already with the agent; returns what moved. */
    public static List<Moved> reassign(
            Connection connection,
            Collection<Long> caseIds,
            long toAgentId,
            long toTeamId,
            String reason,
            String actor,
            Instant now,
            LocalDate date)
            throws SQLException {
        var ids = List.copyOf(caseIds);
        var moved = new ArrayList<Moved>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            var slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            var in = placeholders(slice.size());
            try (var query = connection.prepareStatement("SELECT id, assigned_agent_id, team_id FROM collection_case"
                    + " WHERE status = 'OPEN' AND id IN (" + in + ")")) {
                bind(query, 1, slice);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        long agent = rows.getLong(2);
                        Long agentId = rows.wasNull() ? null : agent;
                        long team = rows.getLong(3);
                        Long teamId = rows.wasNull() ? null : team;
                        if (!Objects.equals(agentId, toAgentId)) {
                            moved.add(new Moved(rows.getLong(1), agentId, teamId));
                        }
                    }
                }
            }
        }
        var movedIds = moved.stream().map(Moved::caseId).toList();
        for (int from = 0; from < movedIds.size(); from += SLICE) {
            var slice = movedIds.subList(from, Math.min(movedIds.size(), from + SLICE));
            var in = placeholders(slice.size());
            try (var update = connection.prepareStatement("UPDATE collection_case SET assigned_agent_id = ?,"
                    + " team_id = ?, version = version + 1 WHERE status = 'OPEN' AND id IN (" + in + ")")) {
                update.setLong(1, toAgentId);
                update.setLong(2, toTeamId);
                bind(update, 3, slice);
                update.executeUpdate();
            }
            try (var end = connection.prepareStatement("UPDATE absence_cover SET ended_on = ?, version = version + 1"
                    + " WHERE ended_on IS NULL AND case_id IN (" + in + ")")) {
                end.setDate(1, Date.valueOf(date));
                bind(end, 2, slice);
                end.executeUpdate();
            }
        }
        try (var rows = new AssignmentRows(connection, actor, now)) {
            for (var move : moved) {
                rows.audit(
                        AssignmentEvent.CASE_REASSIGNED,
                        move.caseId(),
                        move.fromAgentId(),
                        move.fromTeamId(),
                        toAgentId,
                        toTeamId,
                        reason);
            }
        }
        return moved;
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static void bind(java.sql.PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(first + i, ids.get(i));
        }
    }
}
