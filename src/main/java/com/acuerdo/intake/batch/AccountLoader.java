package com.acuerdo.intake.batch;

import com.acuerdo.account.entity.Account;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.intake.control.ImportRow.AccountRow;
import com.acuerdo.platform.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inserts and updates accounts; their clients must exist (imported before, or earlier in the file). */
@Dependent
class AccountLoader {

    @PersistenceContext
    EntityManager em;

    LoadResult load(List<AccountRow> rows) {
        var result = new LoadResult();
        if (rows.isEmpty()) {
            return result;
        }
        var customers = new HashMap<String, Customer>();
        em.createQuery("select c from Customer c where c.externalId in :ids", Customer.class)
                .setParameter(
                        "ids",
                        rows.stream().map(AccountRow::customerId).distinct().toList())
                .getResultList()
                .forEach(c -> customers.put(c.externalId(), c));
        var accounts = new HashMap<String, Account>();
        em.createQuery("select a from Account a where a.externalId in :ids", Account.class)
                .setParameter(
                        "ids",
                        rows.stream().map(AccountRow::accountId).distinct().toList())
                .getResultList()
                .forEach(a -> accounts.put(a.externalId(), a));
        for (var row : rows) {
            load(row, customers, accounts, result);
        }
        return result;
    }

    private void load(
            AccountRow row, Map<String, Customer> customers, Map<String, Account> accounts, LoadResult result) {
        var customer = customers.get(row.customerId());
        if (customer == null) {
            result.reject(
                    row, "customer_id: unknown client '" + row.customerId() + "' (import the customers file first)");
            return;
        }
        var limit = Money.of(row.creditLimit(), row.currency());
        var account = accounts.get(row.accountId());
        if (account == null) {
            account = new Account(row.accountId(), customer, row.product(), row.currency(), row.openedOn(), limit);
            em.persist(account);
            accounts.put(row.accountId(), account);
            result.inserted++;
            return;
        }
        if (!account.currency().equals(row.currency())) {
            result.reject(
                    row,
                    "currency: account '" + row.accountId() + "' is in " + account.currency()
                            + "; an account's currency never changes");
            return;
        }
        result.changed(account.updateFrom(customer, row.product(), row.openedOn(), limit));
    }
}
