package com.acuerdo.intake.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.customer.entity.CustomerDetails;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of an import file after its own checks: a valid row of its kind, or a rejected one. */
public sealed interface ImportRow {

    long line();

    String raw();

    record Rejected(long line, String raw, String reason) implements ImportRow {}

    /** A valid row keeps its source; the raw text is written only if the row is rejected later. */
    sealed interface Valid extends ImportRow {
        CsvRow source();

        @Override
        default long line() {
            return source().line();
        }

        @Override
        default String raw() {
            return source().raw();
        }
    }

    record CustomerRow(CsvRow source, String customerId, CustomerDetails details) implements Valid {}

    record AccountRow(
            CsvRow source,
            String accountId,
            String customerId,
            Product product,
            String currency,
            LocalDate openedOn,
            BigDecimal creditLimit)
            implements Valid {}

    record BillRow(CsvRow source, String billId, String accountId, LocalDate dueDate, BigDecimal amountDue)
            implements Valid {}

    record PaymentRow(
            CsvRow source, String paymentId, String accountId, LocalDate paidOn, BigDecimal amount, String channel)
            implements Valid {}
}
