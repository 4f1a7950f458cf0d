package com.acuerdo.nightly;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * TEST ONLY (added to the WAR by {@link AgingKillRestartIT}, never shipped): starts jobs
 * through the JobOperator and reads the state aging leaves, so a test that kills the server can drive
 * it from outside. The product's jobs API is {@code /api/v1/jobs}.
 */
@Path("test-jobs")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class JobsTestResource {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @POST
    @Path("{job}")
    public String start(
            @PathParam("job") String job,
            @QueryParam("businessDate") String businessDate,
            @QueryParam("rangeSize") String rangeSize) {
        return Long.toString(BatchRuntime.getJobOperator().start(job, parameters(businessDate, rangeSize)));
    }

    @GET
    @Path("executions/{id}")
    public String status(@PathParam("id") long id) {
        return BatchRuntime.getJobOperator()
                .getJobExecution(id)
                .getBatchStatus()
                .name();
    }

    /** How far aging got: the share of account ids up to the highest one aged on the date, in percent. */
    @GET
    @Path("progress")
    public String progress(@QueryParam("businessDate") String businessDate) throws SQLException {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement(
                        "SELECT (SELECT MIN(id) FROM account), (SELECT MAX(id) FROM account),"
                                + " (SELECT MAX(id) FROM account WHERE aged_on = ?)")) {
            query.setDate(1, Date.valueOf(LocalDate.parse(businessDate)));
            try (var rows = query.executeQuery()) {
                rows.next();
                long min = rows.getLong(1);
                long max = rows.getLong(2);
                long aged = rows.getLong(3);
                return rows.wasNull() || max == min ? "0" : Long.toString(100 * (aged - min) / (max - min));
            }
        }
    }

    /** Everything aging decides, by core-bank ids (never by generated ids), one sorted line each. */
    @GET
    @Path("digest")
    public String digest() throws SQLException {
        var lines = new ArrayList<String>();
        query(lines, "SELECT 'A', external_id, days_past_due, bucket, aged_on FROM account");
        query(
                lines,
                "SELECT 'M', a.external_id, m.from_bucket, m.to_bucket, m.moved_on, m.days_past_due"
                        + " FROM bucket_move m JOIN account a ON a.id = m.account_id");
        query(
                lines,
                "SELECT 'C', cu.external_id, c.status, c.bucket, c.objective, c.priority_score, c.close_reason,"
                        + " c.opened_on, c.closed_on, u.username FROM collection_case c JOIN customer cu ON cu.id = c.customer_id"
                        + " LEFT JOIN agent g ON g.id = c.assigned_agent_id LEFT JOIN app_user u ON u.id = g.user_id");
        query(
                lines,
                "SELECT 'L', c.external_id, a.external_id FROM collection_case_account l"
                        + " JOIN collection_case k ON k.id = l.case_id JOIN customer c ON c.id = k.customer_id"
                        + " JOIN account a ON a.id = l.account_id");
        query(
                lines,
                "SELECT 'P', cu.external_id, p.name, p.points FROM collection_case_priority_part p"
                        + " JOIN collection_case c ON c.id = p.case_id JOIN customer cu ON cu.id = c.customer_id");
        query(
                lines,
                "SELECT 'E', event_type, COUNT(*) FROM audit_event WHERE event_type LIKE 'CASE_%'"
                        + " GROUP BY event_type");
        lines.sort(null);
        return String.join("\n", lines);
    }

    private void query(ArrayList<String> lines, String sql) throws SQLException {
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
                                    value instanceof java.math.BigDecimal number
                                            ? number.stripTrailingZeros().toPlainString()
                                            : String.valueOf(value).trim());
                }
                lines.add(line.toString());
            }
        }
    }

    private static Properties parameters(String businessDate, String rangeSize) {
        var parameters = new Properties();
        if (businessDate != null) {
            parameters.setProperty("businessDate", businessDate);
        }
        if (rangeSize != null) {
            parameters.setProperty("rangeSize", rangeSize);
        }
        return parameters;
    }
}
