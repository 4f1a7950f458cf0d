package com.acuerdo.testing;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders of portfolio data for unit tests (nothing stored). */
public final class Portfolio {

    private static final AtomicInteger IDS = new AtomicInteger();

    /**
     * Core-bank ids must stay unique in a database that several test JVMs share (PostgreSQL in CI):
     * each JVM numbers its ids under its own prefix.
     */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);

    private Portfolio() {}

    public static Money mxn(String amount) {
        return Money.of(amount, "MXN");
    }

    public static CustomerDetails details(String fullName) {
        return new CustomerDetails(
                fullName,
                "GODE561231HDFRRN09",
                "ana@example.test",
                "+525512345678",
                ZoneId.of("America/Mexico_City"),
                Language.ES,
                Jurisdiction.MX,
                true,
                false);
    }

    public static Customer customer() {
        return new Customer("C-" + RUN + "-" + IDS.incrementAndGet(), details("Ana Gómez"));
    }

    public static Account account(Customer customer) {
        return new Account(
                "A-" + RUN + "-" + IDS.incrementAndGet(),
                customer,
                Product.CREDIT_CARD,
                "MXN",
                LocalDate.parse("2024-01-15"),
                mxn("20000.00"));
    }

    /** An account with one unpaid bill, aged on the business date so it sits in its bucket. */
    public static Account delinquentAccount(Customer customer, LocalDate dueDate, LocalDate businessDate) {
        var account = account(customer);
        account.addBill("B-" + RUN + "-" + IDS.incrementAndGet(), dueDate, mxn("1500.00"));
        account.age(businessDate, mxn("1.00"), List.<PausePeriod>of());
        return account;
    }

    public static CollectionCase openCase(LocalDate businessDate) {
        var customer = customer();
        return CollectionCase.open(
                customer, List.of(delinquentAccount(customer, businessDate.minusDays(40), businessDate)), businessDate);
    }

    public static String nextId(String prefix) {
        return prefix + RUN + "-" + IDS.incrementAndGet();
    }
}
