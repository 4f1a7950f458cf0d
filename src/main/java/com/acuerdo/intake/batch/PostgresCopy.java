package com.acuerdo.intake.batch;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's COPY FROM STDIN on the caller's pooled connection (in its transaction), fed as the
 * rows are made. Only loaded on PostgreSQL: the driver is on the server's class path there, not in
 * the embedded H2 run.
 */
final class PostgresCopy implements AutoCloseable {

    private final CopyIn copy;

    private PostgresCopy(CopyIn copy) {
        this.copy = copy;
    }

    static PostgresCopy open(Connection connection, String copyFromStdin) throws SQLException {
        return new PostgresCopy(
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyFromStdin));
    }

    /** Sends rows in COPY's text format (whole lines). */
    void write(CharSequence lines) throws SQLException {
        if (!lines.isEmpty()) {
            var bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
        }
    }

    /** Ends the COPY; answers the rows the database took. */
    long end() throws SQLException {
        return copy.endCopy();
    }

    /** A COPY not ended (a failure on the way) is cancelled, so the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
