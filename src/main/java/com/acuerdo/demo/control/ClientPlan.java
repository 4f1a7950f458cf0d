package com.acuerdo.demo.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.CustomerDetails;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one demo client looks like: who they are, their accounts with bills and payments, and (when
 * they fell behind) the collection history. Pure data, computed by {@link ClientPlanner}; the writer
 * turns it into entities through the model.
 *
 * @param risk probability-like score of not paying, 0..1, for the worklist priority
 */
public record ClientPlan(
        int index,
        String externalId,
        CustomerDetails details,
        String currency,
        BigDecimal risk,
        List<AccountPlan> accounts,
        List<ContactPlan> contacts,
        List<PromisePlan> promises,
        List<ArrangementPlan> arrangements,
        List<RestrictionPlan> restrictions) {

    public ClientPlan {
        accounts = List.copyOf(accounts);
        contacts = List.copyOf(contacts);
        promises = List.copyOf(promises);
        arrangements = List.copyOf(arrangements);
        restrictions = List.copyOf(restrictions);
    }

    /** The worst bucket the client's accounts will be aged into on the business date. */
    public AgingBucket expectedBucket() {
        return accounts.stream().map(AccountPlan::expectedBucket).reduce(AgingBucket.CURRENT, AgingBucket::worse);
    }

    public boolean isDelinquent() {
        return expectedBucket().isDelinquent();
    }

    /** A client who fell behind in the past and was cured through a completed arrangement. */
    public boolean isCured() {
        return !isDelinquent() && arrangements.stream().anyMatch(plan -> plan.status() == ArrangementStatus.COMPLETED);
    }

    public record AccountPlan(
            String externalId,
            Product product,
            LocalDate openedOn,
            Money creditLimit,
            List<BillPlan> bills,
            List<PaymentPlan> payments,
            int expectedDaysPastDue) {

        public AccountPlan {
            bills = List.copyOf(bills);
            payments = List.copyOf(payments);
        }

        public AgingBucket expectedBucket() {
            return AgingBucket.of(expectedDaysPastDue);
        }

        public Money billed() {
            return bills.stream().map(BillPlan::amount).reduce(Money::plus).orElseThrow();
        }

        public Money paid() {
            return payments.stream()
                    .map(PaymentPlan::amount)
                    .reduce(Money.zero(bills.get(0).amount().currency()), Money::plus);
        }
    }

    public record BillPlan(String externalId, LocalDate dueDate, Money amount) {}

    public record PaymentPlan(String externalId, LocalDate paidOn, Money amount, String channel) {}

    /**
     * @param reason the delay reason found out in a conversation, else null
     * @param callbackAt the callback agreed, else null
     */
    public record ContactPlan(
            int accountIndex,
            Channel channel,
            Direction direction,
            ContactOutcome outcome,
            DelayReason reason,
            Instant at,
            String notes,
            Instant callbackAt) {}

    /**
     * @param paid what the client paid towards it by its due date (for the follow-up)
     * @param resolvedOn when it was followed up or cancelled; null while open
     */
    public record PromisePlan(
            int accountIndex,
            Money amount,
            LocalDate madeOn,
            Instant madeAt,
            LocalDate dueOn,
            PromiseStatus status,
            Money paid,
            LocalDate resolvedOn) {}

    /**
     * @param needsApproval beyond the soft limits: requested, then approved by the supervisor unless pending
     * @param endedOn when it was broken or completed; null otherwise
     * @param paidInstalments how many instalments (from the first) were paid in full
     */
    public record ArrangementPlan(
            int accountIndex,
            ArrangementStatus status,
            InstalmentSchedule schedule,
            LocalDate agreedOn,
            Instant requestedAt,
            boolean needsApproval,
            LocalDate endedOn,
            int paidInstalments,
            int graceDays) {}

    /** @param accountIndex null when the restriction covers the whole client */
    public record RestrictionPlan(
            RestrictionType type, Integer accountIndex, LocalDate from, LocalDate until, String note, Instant at) {}
}
