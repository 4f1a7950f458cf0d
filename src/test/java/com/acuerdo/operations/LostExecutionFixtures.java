package com.acuerdo.operations;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * TEST ONLY: an execution as a crashed server leaves it, without killing one. The test job {@code
 * test-lost} runs and fails; then its execution is written back to STARTED with no end (what the batch
 * repository holds after a {@code kill -9}) and handed to a server instance whose last beat is an hour
 * old. {@code settle} puts the rows back as the run really ended and removes the dead instance.
 */
@Stateless
@Path("test-fixtures/lost-execution")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LostExecutionFixtures {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @POST
    public String lose() throws Exception {
        var operator = BatchRuntime.getJobOperator();
        long execution = operator.start("test-lost", new Properties());
        for (int i = 0; i < 600 && operator.getJobExecution(execution).getBatchStatus() != BatchStatus.FAILED; i++) {
            Thread.sleep(100);
        }
        if (operator.getJobExecution(execution).getBatchStatus() != BatchStatus.FAILED) {
            throw new IllegalStateException("execution " + execution + " did not fail in time");
        }
        var dead = "dead-" + UUID.randomUUID().toString().substring(0, 8);
        var anHourAgo = LocalDateTime.now(ZoneOffset.UTC).minusHours(1);
        try (var connection = dataSource.getConnection()) {
            update(
                    connection,
                    "INSERT INTO server_instance (instance_id, started_at, last_beat) VALUES (?, ?, ?)",
                    dead,
                    anHourAgo,
                    anHourAgo);
            update(
                    connection,
                    "UPDATE job_execution_owner SET instance_id = ? WHERE execution_id = ?",
                    dead,
                    execution);
            update(
                    connection,
                    "UPDATE " + executions(connection)
                            + " SET batchstatus = 'STARTED', exitstatus = NULL, endtime = NULL WHERE jobexecid = ?",
                    execution);
        }
        return "execution=" + execution + "\ninstance=" + dead + "\n";
    }

    @POST
    @Path("settle")
    public String settle(@FormParam("execution") long execution, @FormParam("instance") String instance)
            throws SQLException {
        try (var connection = dataSource.getConnection()) {
            int rows = update(
                    connection,
                    "UPDATE " + executions(connection)
                            + " SET batchstatus = 'FAILED', endtime = updatetime WHERE jobexecid = ? AND batchstatus = 'STARTED'",
                    execution);
            update(connection, "DELETE FROM job_execution_owner WHERE instance_id = ?", instance);
            update(connection, "DELETE FROM server_instance WHERE instance_id = ?", instance);
            return "settled=" + rows + "\n";
        }
    }

    /**
     * The batch runtime's table of executions (its name's case depends on the database): the one in
     * the connection's schema when there is one there, as other servers' schemas may share the database.
     */
    private static String executions(Connection connection) throws SQLException {
        var own = executions(connection, connection.getSchema());
        return own != null ? own : executions(connection, null);
    }

    private static String executions(Connection connection, String schemaPattern) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, schemaPattern, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                var name = tables.getString("TABLE_NAME");
                var upper = name.toUpperCase(Locale.ROOT);
                // Job executions, not step executions (STEPEXECUTIONINSTANCEDATA); Payara may prefix both.
                if (upper.endsWith("EXECUTIONINSTANCEDATA") && !upper.endsWith("STEPEXECUTIONINSTANCEDATA")) {
                    var schema = tables.getString("TABLE_SCHEM");
                    return (schema == null ? "" : schema + ".") + name;
                }
            }
        }
        if (schemaPattern != null) {
            return null;
        }
        throw new IllegalStateException("no batch executions table");
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }
}
