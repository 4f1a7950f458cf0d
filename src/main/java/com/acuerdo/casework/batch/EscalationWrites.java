package com.acuerdo.casework.batch;

import com.acuerdo.casework.control.EscalationRules.Reason;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.SequenceIds;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The writes of one range's escalation, executed together at its end: on PostgreSQL one statement
 * per kind of write over arrays of the values (as {@link CaseAging.Batches} does), elsewhere JDBC
 * batches. Every write keeps its guard ({@code escalated = FALSE}, the restriction not yet set), and
 * only the restrictions the database really changed are recorded for the core bank, so a re-run or a
 * restarted chunk writes nothing twice.
 */
final class EscalationWrites {

    private record Listing(long id, long caseId, long customerId, Long teamId, String reason, String detail) {}

    private record Flag(long caseId, String reason) {}

    /** Restrictions in the order they are exported: per account, the credit limit, then new charges. */
    private record Change(long accountId, Restriction restriction) {}

    enum Restriction {
        LIMIT("credit_limit_reduced", CaseEscalation.CREDIT_LIMIT_REDUCED),
        CHARGES("new_charges_blocked", CaseEscalation.NEW_CHARGES_BLOCKED);

        final String column;
        final String kind;

        Restriction(String column, String kind) {
            this.column = column;
            this.kind = kind;
        }
    }

    private final Connection connection;
    private final boolean postgres;
    private final IdRange range;
    private final Date date;
    private final List<Listing> listings = new ArrayList<>();
    private final List<Flag> flags = new ArrayList<>();
    private final Set<Change> changes = new LinkedHashSet<>();

    EscalationWrites(Connection connection, IdRange range, LocalDate date) throws SQLException {
        this.connection = connection;
        this.postgres = SequenceIds.isPostgres(connection);
        this.range = range;
        this.date = Date.valueOf(date);
    }

    void list(long id, long caseId, long customerId, Long teamId, Reason reason, String detail) {
        listings.add(new Listing(id, caseId, customerId, teamId, reason.name(), detail));
    }

    void flag(long caseId, Reason reason) {
        flags.add(new Flag(caseId, reason.name()));
    }

    void restrict(CaseEscalation.Unrestricted account) {
        if (account.limitToReduce()) {
            changes.add(new Change(account.accountId(), Restriction.LIMIT));
        }
        if (account.chargesToBlock()) {
            changes.add(new Change(account.accountId(), Restriction.CHARGES));
        }
    }

    /** Executes everything; returns the restrictions recorded for the core bank. */
    int flush(SequenceIds exportIds) throws SQLException {
        if (postgres) {
            insertListingsOverArrays();
            flagCasesOverArrays();
        } else {
            insertListingsInBatch();
            flagCasesInBatch();
        }
        var changed = new HashSet<Change>();
        if (postgres) {
            changed.addAll(restrictOverArrays());
        } else {
            for (var restriction : Restriction.values()) {
                var accounts = changes.stream()
                        .filter(change -> change.restriction() == restriction)
                        .map(Change::accountId)
                        .toList();
                for (long account : restrictInBatch(restriction, accounts)) {
                    changed.add(new Change(account, restriction));
                }
            }
        }
        var exported = changes.stream().filter(changed::contains).toList();
        if (!exported.isEmpty()) {
            var ids = new ArrayList<Long>();
            for (int i = 0; i < exported.size(); i++) {
                ids.add(exportIds.next());
            }
            if (postgres) {
                exportOverArrays(exported, ids);
            } else {
                exportInBatch(exported, ids);
            }
        }
        return exported.size();
    }

    // --- PostgreSQL: one statement per kind of write ------------------------------------------

    private void insertListingsOverArrays() throws SQLException {
        if (listings.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement("INSERT INTO escalation (id, case_id, customer_id, team_id,"
                + " reason, detail, escalated_on) SELECT v.id, v.case_id, v.customer_id, v.team_id, v.reason, v.detail, ?"
                + " FROM unnest(?, ?, ?, ?, ?, ?) AS v(id, case_id, customer_id, team_id, reason, detail)")) {
            insert.setDate(1, date);
            insert.setArray(2, array("int8", listings.stream().map(Listing::id)));
            insert.setArray(3, array("int8", listings.stream().map(Listing::caseId)));
            insert.setArray(4, array("int8", listings.stream().map(Listing::customerId)));
            insert.setArray(5, array("int8", listings.stream().map(Listing::teamId)));
            insert.setArray(6, array("varchar", listings.stream().map(Listing::reason)));
            insert.setArray(7, array("varchar", listings.stream().map(Listing::detail)));
            insert.executeUpdate();
        }
    }

    private void flagCasesOverArrays() throws SQLException {
        if (flags.isEmpty()) {
            return;
        }
        // The range's open cases are named too, so the planner joins through that index.
        try (var update = connection.prepareStatement("UPDATE collection_case c SET escalated = TRUE,"
                + " escalation_reason = v.reason, version = c.version + 1 FROM unnest(?, ?) AS v(id, reason)"
                + " WHERE c.id = v.id AND c.escalated = FALSE AND c.open_customer_id BETWEEN ? AND ?")) {
            update.setArray(1, array("int8", flags.stream().map(Flag::caseId)));
            update.setArray(2, array("varchar", flags.stream().map(Flag::reason)));
            update.setLong(3, range.from());
            update.setLong(4, range.to());
            update.executeUpdate();
        }
    }

    /**
     * Both restrictions of every account in one update (one new row version per account, not two);
     * the accounts' flags as they were before it, locked, tell which of the two it really set.
     */
    private List<Change> restrictOverArrays() throws SQLException {
        var changed = new ArrayList<Change>();
        var accounts = changes.stream().map(Change::accountId).distinct().toList();
        if (accounts.isEmpty()) {
            return changed;
        }
        try (var update = connection.prepareStatement("UPDATE account a SET credit_limit_reduced = TRUE,"
                + " credit_limit_reduced_on = CASE WHEN old.limited THEN a.credit_limit_reduced_on ELSE ? END,"
                + " new_charges_blocked = TRUE,"
                + " new_charges_blocked_on = CASE WHEN old.blocked THEN a.new_charges_blocked_on ELSE ? END,"
                + " version = a.version + 1"
                + " FROM (SELECT o.id, o.credit_limit_reduced AS limited, o.new_charges_blocked AS blocked"
                + " FROM account o WHERE o.id = ANY (?) FOR UPDATE) AS old"
                + " WHERE a.id = old.id AND NOT (old.limited AND old.blocked)"
                + " RETURNING a.id, old.limited, old.blocked")) {
            update.setDate(1, date);
            update.setDate(2, date);
            update.setArray(3, array("int8", accounts.stream()));
            try (var rows = update.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getBoolean(2)) {
                        changed.add(new Change(rows.getLong(1), Restriction.LIMIT));
                    }
                    if (!rows.getBoolean(3)) {
                        changed.add(new Change(rows.getLong(1), Restriction.CHARGES));
                    }
                }
            }
        }
        return changed;
    }

    private void exportOverArrays(List<Change> exported, List<Long> ids) throws SQLException {
        try (var insert =
                connection.prepareStatement("INSERT INTO core_bank_export (id, account_id, kind, business_date)"
                        + " SELECT v.id, v.account_id, v.kind, ? FROM unnest(?, ?, ?) AS v(id, account_id, kind)")) {
            insert.setDate(1, date);
            insert.setArray(2, array("int8", ids.stream()));
            insert.setArray(3, array("int8", exported.stream().map(Change::accountId)));
            insert.setArray(4, array("varchar", exported.stream().map(change -> change.restriction().kind)));
            insert.executeUpdate();
        }
    }

    private java.sql.Array array(String type, java.util.stream.Stream<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }

    // --- elsewhere (H2): JDBC batches of the same writes -------------------------------------

    private void insertListingsInBatch() throws SQLException {
        if (listings.isEmpty()) {
            return;
        }
        try (var insert = connection.prepareStatement("INSERT INTO escalation (id, case_id, customer_id, team_id,"
                + " reason, detail, escalated_on) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (var listing : listings) {
                insert.setLong(1, listing.id());
                insert.setLong(2, listing.caseId());
                insert.setLong(3, listing.customerId());
                if (listing.teamId() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, listing.teamId());
                }
                insert.setString(5, listing.reason());
                insert.setString(6, listing.detail());
                insert.setDate(7, date);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void flagCasesInBatch() throws SQLException {
        if (flags.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement("UPDATE collection_case SET escalated = TRUE,"
                + " escalation_reason = ?, version = version + 1 WHERE id = ? AND escalated = FALSE")) {
            for (var flag : flags) {
                update.setString(1, flag.reason());
                update.setLong(2, flag.caseId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private List<Long> restrictInBatch(Restriction restriction, List<Long> accounts) throws SQLException {
        var changed = new ArrayList<Long>();
        try (var update = connection.prepareStatement("UPDATE account SET " + restriction.column + " = TRUE, "
                + restriction.column + "_on = ?, version = version + 1 WHERE id = ? AND " + restriction.column
                + " = FALSE")) {
            for (long account : accounts) {
                update.setDate(1, date);
                update.setLong(2, account);
                update.addBatch();
            }
            var counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 0) {
                    changed.add(accounts.get(i));
                }
            }
        }
        return changed;
    }

    private void exportInBatch(List<Change> exported, List<Long> ids) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO core_bank_export (id, account_id, kind, business_date) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < exported.size(); i++) {
                insert.setLong(1, ids.get(i));
                insert.setLong(2, exported.get(i).accountId());
                insert.setString(3, exported.get(i).restriction().kind);
                insert.setDate(4, date);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
