package com.acuerdo.intake.batch;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Bill;
import com.acuerdo.intake.control.ImportRow.BillRow;
import com.acuerdo.intake.control.RowRules;
import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds bills to their accounts and updates known ones, through the account aggregate. */
@Dependent
class BillLoader {

    @PersistenceContext
    EntityManager em;

    LoadResult load(List<BillRow> rows) {
        var result = new LoadResult();
        if (rows.isEmpty()) {
            return result;
        }
        // The accounts with their bills in one query: adding a bill does not load them one by one.
        var accounts = new HashMap<String, Account>();
        em.createQuery(
                        "select distinct a from Account a left join fetch a.bills where a.externalId in :ids",
                        Account.class)
                .setParameter(
                        "ids", rows.stream().map(BillRow::accountId).distinct().toList())
                .getResultList()
                .forEach(a -> accounts.put(a.externalId(), a));
        var bills = new HashMap<String, Bill>();
        em.createQuery("select b from Bill b join fetch b.account where b.externalId in :ids", Bill.class)
                .setParameter(
                        "ids", rows.stream().map(BillRow::billId).distinct().toList())
                .getResultList()
                .forEach(b -> bills.put(b.externalId(), b));
        for (var row : rows) {
            load(row, accounts, bills, result);
        }
        return result;
    }

    private void load(BillRow row, Map<String, Account> accounts, Map<String, Bill> bills, LoadResult result) {
        var account = accounts.get(row.accountId());
        if (account == null) {
            result.reject(
                    row, "account_id: unknown account '" + row.accountId() + "' (import the accounts file first)");
            return;
        }
        if (!RowRules.fitsCurrency(row.amountDue(), account.currency())) {
            result.reject(
                    row,
                    "amount_due: '" + row.amountDue().toPlainString() + "' has more decimals than " + account.currency()
                            + " allows (" + MinorUnits.of(account.currency()) + ")");
            return;
        }
        var amount = Money.of(row.amountDue(), account.currency());
        var bill = bills.get(row.billId());
        if (bill == null) {
            bills.put(row.billId(), account.addBill(row.billId(), row.dueDate(), amount));
            result.inserted++;
            return;
        }
        if (!bill.account().externalId().equals(account.externalId())) {
            result.reject(
                    row,
                    "account_id: bill '" + row.billId() + "' belongs to account '"
                            + bill.account().externalId() + "'; a bill never moves to another account");
            return;
        }
        if (amount.isLessThan(bill.amountPaid())) {
            result.reject(
                    row,
                    "amount_due: " + amount.amount().toPlainString() + " is below the "
                            + bill.amountPaid().amount().toPlainString() + " already paid on bill '" + row.billId()
                            + "'");
            return;
        }
        result.changed(bill.account().updateBill(bill, row.dueDate(), amount));
    }
}
