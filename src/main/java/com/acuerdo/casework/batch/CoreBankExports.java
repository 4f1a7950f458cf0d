package com.acuerdo.casework.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files for the core bank (CSV, UTF-8, header row), one per business date and kind, in the
 * folder {@code acuerdo.exports.dir} (default {@code ${acuerdo.data.dir}/exports}, else a folder
 * under the temporary directory). Each file is rewritten whole from the database, so a re-run gives
 * the same file.
 */
@ApplicationScoped
public class CoreBankExports {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "acuerdo.exports.dir")
    Optional<String> exportsDir;

    @Inject
    @ConfigProperty(name = "acuerdo.data.dir")
    Optional<String> dataDir;

    public Path folder() {
        return exportsDir
                .map(Path::of)
                .or(() -> dataDir.map(dir -> Path.of(dir, "exports")))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "acuerdo", "exports"));
    }

    public Path restrictionsFile(LocalDate date) {
        return folder().resolve("restrictions-" + date + ".csv");
    }

    public Path chargeOffFile(LocalDate date) {
        return folder().resolve("charge-off-candidates-" + date + ".csv");
    }

    /** Restrictions decided on the date: account_id, customer_id, action, effective_date. */
    public Path writeRestrictions(LocalDate date) throws SQLException, IOException {
        var csv = new StringBuilder("account_id,customer_id,action,effective_date\r\n");
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT a.external_id, c.external_id, e.kind, e.business_date"
                        + " FROM core_bank_export e JOIN account a ON a.id = e.account_id"
                        + " JOIN customer c ON c.id = a.customer_id WHERE e.business_date = ? ORDER BY e.id")) {
            query.setDate(1, Date.valueOf(date));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    csv.append(field(rows.getString(1)))
                            .append(',')
                            .append(field(rows.getString(2)))
                            .append(',');
                    csv.append(rows.getString(3).trim())
                            .append(',')
                            .append(rows.getDate(4))
                            .append("\r\n");
                }
            }
        }
        return write(restrictionsFile(date), csv);
    }

    /** Accounts 180+ of cases listed as charge-off candidates: account_id, customer_id, days_past_due. */
    public Path writeChargeOffCandidates(LocalDate date) throws SQLException, IOException {
        var csv = new StringBuilder("account_id,customer_id,days_past_due\r\n");
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT a.external_id, c.external_id, a.days_past_due"
                        + " FROM escalation e JOIN collection_case k ON k.id = e.case_id"
                        + " JOIN collection_case_account ca ON ca.case_id = k.id JOIN account a ON a.id = ca.account_id"
                        + " JOIN customer c ON c.id = a.customer_id WHERE e.reason = 'CHARGE_OFF_CANDIDATE'"
                        + " AND e.resolved_on IS NULL AND k.status = 'OPEN' AND a.bucket = 'DPD_180_PLUS'"
                        + " ORDER BY a.id")) {
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    csv.append(field(rows.getString(1)))
                            .append(',')
                            .append(field(rows.getString(2)))
                            .append(',');
                    csv.append(rows.getInt(3)).append("\r\n");
                }
            }
        }
        return write(chargeOffFile(date), csv);
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    private Path write(Path file, CharSequence content) throws IOException {
        Files.createDirectories(file.getParent());
        // A file of its own per writer: two runs of one night never share a half-written file.
        var temporary =
                Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
