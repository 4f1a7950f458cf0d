package com.acuerdo.intake;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * TEST ONLY (added to the WAR by {@link ImportKillRestartIT}, never shipped): reads an execution's
 * status and what an import left, by core-bank ids with the test's prefix taken off, so two imports of
 * the same rows under two prefixes compare line by line. Restarts go through the product's jobs API.
 */
@Path("test-imports")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class ImportJobsTestResource {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @GET
    @Path("executions/{id}")
    public String status(@PathParam("id") long id) {
        return BatchRuntime.getJobOperator()
                .getJobExecution(id)
                .getBatchStatus()
                .name();
    }

    /**
     * Where a payments import stands, by what it committed: staging (nothing yet), deciding (staged),
     * posting (decided, parts under way) or posted.
     */
    @GET
    @Path("executions/{id}/phase")
    public String phase(@PathParam("id") long id) throws SQLException {
        var lines = new ArrayList<String>();
        query(
                lines,
                "",
                "SELECT CASE WHEN posted_at IS NOT NULL THEN 'posted' WHEN posting_parts IS NOT NULL THEN 'posting'"
                        + " WHEN read_count > 0 THEN 'deciding' ELSE 'staging' END FROM import_run WHERE id = "
                        + importId(id));
        return lines.get(0);
    }

    /** Payments, allocations, bills' paid amounts, the import's rejects and counts; sorted lines. */
    @GET
    @Path("digest")
    public String digest(@QueryParam("prefix") String prefix, @QueryParam("execution") long execution)
            throws SQLException {
        var like = "'" + prefix.replace("'", "") + "%'";
        var lines = new ArrayList<String>();
        query(
                lines,
                prefix,
                "SELECT 'P', p.external_id, a.external_id, p.paid_on, p.amount, p.unallocated, p.channel"
                        + " FROM payment p JOIN account a ON a.id = p.account_id WHERE p.external_id LIKE " + like);
        query(
                lines,
                prefix,
                "SELECT 'A', p.external_id, b.external_id, x.amount FROM payment_allocation x"
                        + " JOIN payment p ON p.id = x.payment_id JOIN bill b ON b.id = x.bill_id"
                        + " WHERE p.external_id LIKE " + like);
        query(lines, prefix, "SELECT 'B', external_id, amount_paid FROM bill WHERE external_id LIKE " + like);
        long importId = importId(execution);
        query(lines, prefix, "SELECT 'R', line, reason, raw_row FROM import_reject WHERE import_run_id = " + importId);
        query(
                lines,
                prefix,
                "SELECT 'C', read_count, inserted_count, updated_count, unchanged_count, rejected_count"
                        + " FROM import_run WHERE id = " + importId);
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static long importId(long execution) {
        return Long.parseLong(
                BatchRuntime.getJobOperator().getParameters(execution).getProperty("importId"));
    }

    private void query(List<String> lines, String prefix, String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    var value = rows.getObject(i);
                    line.append(i > 1 ? " " : "")
                            .append(
                                    value instanceof BigDecimal number
                                            ? number.stripTrailingZeros().toPlainString()
                                            : String.valueOf(value).trim());
                }
                lines.add(prefix.isEmpty() ? line.toString() : line.toString().replace(prefix, ""));
            }
        }
    }
}
