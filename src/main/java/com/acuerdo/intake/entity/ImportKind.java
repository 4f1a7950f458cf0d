package com.acuerdo.intake.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four files of the core bank, with their columns in the contract's order (DESIGN.md). */
public enum ImportKind {
    CUSTOMERS(
            "customer_id",
            "full_name",
            "national_id",
            "email",
            "phone",
            "time_zone",
            "language",
            "jurisdiction",
            "consent_sms",
            "consent_email"),
    ACCOUNTS("account_id", "customer_id", "product", "currency", "opened_on", "credit_limit"),
    BILLS("bill_id", "account_id", "due_date", "amount_due"),
    PAYMENTS("payment_id", "account_id", "paid_on", "amount", "channel");

    private final List<String> columns;

    ImportKind(String... columns) {
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    /** The name in URLs and inbox file names: customers, accounts, bills, payments. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Jakarta Batch job that imports this kind (META-INF/batch-jobs/import-*.xml). */
    public String jobName() {
        return "import-" + path();
    }

    public static Optional<ImportKind> ofPath(String path) {
        for (var kind : values()) {
            if (kind.path().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Optional<ImportKind> ofJobName(String jobName) {
        for (var kind : values()) {
            if (kind.jobName().equals(jobName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
