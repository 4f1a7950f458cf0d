package com.acuerdo.intake.batch;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's COPY on the caller's pooled connection (in its transaction). Only loaded on
 * PostgreSQL: the driver is on the server's class path there, not in the embedded H2 run.
 */
final class PostgresCopy {

    private PostgresCopy() {}

    static long copy(Connection connection, String copyFromStdin, String rows) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyFromStdin, new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }
}
