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

    record CustomerRow(long line, String raw, String customerId, CustomerDetails details) implements ImportRow {}

    record AccountRow(
            long line,
            String raw,
            String accountId,
            String customerId,
            Product product,
            String currency,
            LocalDate openedOn,
            BigDecimal creditLimit)
            implements ImportRow {}

    record BillRow(long line, String raw, String billId, String accountId, LocalDate dueDate, BigDecimal amountDue)
            implements ImportRow {}

    record PaymentRow(
            long line,
            String raw,
            String paymentId,
            String accountId,
            LocalDate paidOn,
            BigDecimal amount,
            String channel)
            implements ImportRow {}
}
