package com.acuerdo.account.entity;

import static com.acuerdo.testing.Portfolio.mxn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.platform.money.Money;
import com.acuerdo.testing.Portfolio;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Money TOLERANCE = mxn("1.00");
    private static final List<PausePeriod> NO_PAUSES = List.of();

    private final Account account = Portfolio.account(Portfolio.customer());

    private Bill bill(String dueDate, String amount) {
        return account.addBill(Portfolio.nextId("B-"), LocalDate.parse(dueDate), mxn(amount));
    }

    private Payment payment(String amount) {
        return new Payment(Portfolio.nextId("P-"), account, LocalDate.parse("2026-03-05"), mxn(amount), "BRANCH");
    }

    @Test
    void the_balance_is_the_sum_of_unpaid_parts() {
        bill("2026-01-10", "100.00");
        bill("2026-02-10", "250.50");
        account.applyPayment(payment("60.25"));

        assertThat(account.balance()).isEqualTo(mxn("290.25"));
    }

    @Test
    void a_payment_pays_the_oldest_bills_first_even_when_added_out_of_order() {
        var february = bill("2026-02-10", "200.00");
        var january = bill("2026-01-10", "100.00");
        var march = bill("2026-03-10", "300.00");
        var payment = payment("250.00");

        account.applyPayment(payment);

        assertThat(january.unpaid()).isEqualTo(mxn("0.00"));
        assertThat(february.unpaid()).isEqualTo(mxn("50.00"));
        assertThat(march.unpaid()).isEqualTo(mxn("300.00"));
        assertThat(payment.allocations())
                .extracting(PaymentAllocation::bill, PaymentAllocation::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(january, mxn("100.00")),
                        org.assertj.core.groups.Tuple.tuple(february, mxn("150.00")));
        assertThat(payment.unallocated()).isEqualTo(mxn("0.00"));
    }

    @Test
    void paid_bills_are_skipped_by_the_next_payment() {
        var january = bill("2026-01-10", "100.00");
        var february = bill("2026-02-10", "100.00");
        account.applyPayment(payment("100.00"));

        var second = payment("30.00");
        account.applyPayment(second);

        assertThat(january.unpaid()).isEqualTo(mxn("0.00"));
        assertThat(february.unpaid()).isEqualTo(mxn("70.00"));
        assertThat(second.allocations())
                .singleElement()
                .extracting(PaymentAllocation::bill)
                .isEqualTo(february);
    }

    @Test
    void what_no_bill_needs_stays_on_the_payment_as_credit() {
        bill("2026-01-10", "100.00");
        var payment = payment("130.00");

        account.applyPayment(payment);

        assertThat(payment.unallocated()).isEqualTo(mxn("30.00"));
        assertThat(account.balance()).isEqualTo(mxn("0.00"));
    }

    @Test
    void a_payment_without_bills_is_all_credit() {
        var payment = payment("50.00");

        account.applyPayment(payment);

        assertThat(payment.allocations()).isEmpty();
        assertThat(payment.unallocated()).isEqualTo(mxn("50.00"));
    }

    @Test
    void a_payment_is_never_applied_twice() {
        bill("2026-01-10", "100.00");
        var payment = payment("10.00");
        account.applyPayment(payment);

        assertThatThrownBy(() -> account.applyPayment(payment)).isInstanceOf(IllegalStateException.class);
        assertThat(account.balance()).isEqualTo(mxn("90.00"));
    }

    @Test
    void payments_and_bills_must_be_in_the_accounts_currency() {
        assertThatThrownBy(
                        () -> new Payment("P-X", account, LocalDate.parse("2026-03-05"), Money.of("10", "USD"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.addBill("B-X", LocalDate.parse("2026-03-05"), Money.of("10", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void payments_and_bills_must_be_positive() {
        assertThatThrownBy(() -> payment("0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bill("2026-01-10", "0.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void days_past_due_come_from_the_oldest_bill_not_paid_within_tolerance() {
        bill("2026-01-10", "100.00");
        bill("2026-02-10", "100.00");
        account.applyPayment(payment("99.50"));

        // January has 0.50 left, below the tolerance: February's bill counts
        assertThat(account.daysPastDue(LocalDate.parse("2026-03-12"), TOLERANCE, NO_PAUSES))
                .isEqualTo(30);
        assertThat(account.bucket(LocalDate.parse("2026-03-12"), TOLERANCE, NO_PAUSES))
                .isEqualTo(AgingBucket.DPD_30_59);
    }

    @Test
    void a_pause_holds_the_days_past_due() {
        bill("2026-01-10", "100.00");
        var pauses = List.of(PausePeriod.between(LocalDate.parse("2026-01-11"), LocalDate.parse("2026-01-20")));

        assertThat(account.daysPastDue(LocalDate.parse("2026-02-10"), TOLERANCE, pauses))
                .isEqualTo(21);
    }

    @Test
    void aging_into_a_new_bucket_keeps_the_result_and_returns_the_move() {
        bill("2026-01-10", "100.00");

        var move = account.age(LocalDate.parse("2026-02-09"), TOLERANCE, NO_PAUSES);

        assertThat(move).hasValueSatisfying(m -> {
            assertThat(m.fromBucket()).isEqualTo(AgingBucket.CURRENT);
            assertThat(m.toBucket()).isEqualTo(AgingBucket.DPD_30_59);
            assertThat(m.daysPastDue()).isEqualTo(30);
            assertThat(m.movedOn()).isEqualTo(LocalDate.parse("2026-02-09"));
            assertThat(m.isRoll()).isTrue();
        });
        assertThat(account.lastBucket()).isEqualTo(AgingBucket.DPD_30_59);
        assertThat(account.lastDaysPastDue()).isEqualTo(30);
        assertThat(account.agedOn()).contains(LocalDate.parse("2026-02-09"));
    }

    @Test
    void aging_uses_the_bucket_ranges_it_is_given() {
        bill("2026-01-10", "100.00");
        var first = new java.util.EnumMap<>(
                com.acuerdo.aging.entity.BucketScheme.defaults().firstDays());
        first.put(AgingBucket.DPD_30_59, 15);
        var scheme = com.acuerdo.aging.entity.BucketScheme.ofFirstDays(first);

        // 20 days: 1–29 by default, 15–59 by the edited ranges
        assertThat(account.bucket(LocalDate.parse("2026-01-30"), TOLERANCE, NO_PAUSES))
                .isEqualTo(AgingBucket.DPD_1_29);
        var move = account.age(LocalDate.parse("2026-01-30"), TOLERANCE, NO_PAUSES, scheme);

        assertThat(move).hasValueSatisfying(m -> assertThat(m.toBucket()).isEqualTo(AgingBucket.DPD_30_59));
        assertThat(account.lastBucket()).isEqualTo(AgingBucket.DPD_30_59);
    }

    @Test
    void aging_within_the_same_bucket_records_no_move() {
        bill("2026-01-10", "100.00");
        account.age(LocalDate.parse("2026-02-09"), TOLERANCE, NO_PAUSES);

        assertThat(account.age(LocalDate.parse("2026-02-10"), TOLERANCE, NO_PAUSES))
                .isEmpty();
        assertThat(account.lastDaysPastDue()).isEqualTo(31);
    }

    @Test
    void aging_twice_on_the_same_date_records_one_move() {
        bill("2026-01-10", "100.00");

        assertThat(account.age(LocalDate.parse("2026-02-09"), TOLERANCE, NO_PAUSES))
                .isPresent();
        assertThat(account.age(LocalDate.parse("2026-02-09"), TOLERANCE, NO_PAUSES))
                .isEmpty();
    }

    @Test
    void paying_everything_cures_the_account() {
        bill("2026-01-10", "100.00");
        account.age(LocalDate.parse("2026-02-09"), TOLERANCE, NO_PAUSES);
        account.applyPayment(payment("100.00"));

        var move = account.age(LocalDate.parse("2026-02-10"), TOLERANCE, NO_PAUSES);

        assertThat(move).hasValueSatisfying(m -> {
            assertThat(m.toBucket()).isEqualTo(AgingBucket.CURRENT);
            assertThat(m.isRoll()).isFalse();
        });
    }

    @Test
    void a_reimport_updates_changed_values_only() {
        var sameCustomer = account.customer();

        assertThat(account.updateFrom(sameCustomer, Product.CREDIT_CARD, account.openedOn(), mxn("20000.00")))
                .isFalse();
        assertThat(account.updateFrom(sameCustomer, Product.CREDIT_CARD, account.openedOn(), mxn("15000.00")))
                .isTrue();
        assertThat(account.creditLimit()).isEqualTo(mxn("15000.00"));
    }

    @Test
    void a_reimported_bill_cannot_owe_less_than_was_paid_on_it() {
        var bill = bill("2026-01-10", "100.00");
        account.applyPayment(payment("80.00"));

        assertThatThrownBy(() -> account.updateBill(bill, bill.dueDate(), mxn("50.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.updateBill(bill, bill.dueDate(), mxn("120.00"))).isTrue();
        assertThat(bill.unpaid()).isEqualTo(mxn("40.00"));
    }

    @Test
    void changed_conditions_are_applied_once() {
        assertThat(account.reduceCreditLimit(LocalDate.parse("2026-05-01"))).isTrue();
        assertThat(account.reduceCreditLimit(LocalDate.parse("2026-05-02"))).isFalse();
        assertThat(account.creditLimitReducedOn()).contains(LocalDate.parse("2026-05-01"));
        assertThat(account.blockNewCharges(LocalDate.parse("2026-05-01"))).isTrue();
        assertThat(account.newChargesBlocked()).isTrue();
    }
}
