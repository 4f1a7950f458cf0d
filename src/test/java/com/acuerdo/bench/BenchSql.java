package com.acuerdo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The small reads every benchmark makes: one value of a query, and the machine's load. */
final class BenchSql {

    private BenchSql() {}

    /** The first column of the first row as a number; 0 when there is no row or it is null. */
    static long count(Connection db, String sql) throws SQLException {
        var value = text(db, sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** The first column of the first row as text, or null when there is no row. */
    static String text(Connection db, String sql) throws SQLException {
        try (var st = db.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** "load average 1.2 0.9 0.8": the figures of a shared machine mean little without it. */
    static String load() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "load average unknown";
        }
    }
}
