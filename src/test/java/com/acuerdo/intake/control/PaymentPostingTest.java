package com.acuerdo.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.account.entity.Payment;
import com.acuerdo.testing.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentPostingTest {

    private static OpenBill bill(long id, String due, String amountDue, String paid) {
        return new OpenBill(id, LocalDate.parse(due), new BigDecimal(amountDue), new BigDecimal(paid), 0);
    }

    private static List<OpenBill> threeBills() {
        // Deliberately not in date order: the posting sorts them.
        return new ArrayList<>(List.of(
                bill(3, "2026-03-01", "100.00", "0.00"),
                bill(1, "2026-01-01", "100.00", "40.00"),
                bill(2, "2026-02-01", "100.00", "0.00")));
    }

    @Test
    void a_partial_payment_pays_the_oldest_unpaid_bill_first() {
        var bills = threeBills();
        var posting = PaymentPosting.post(new BigDecimal("30.00"), bills);
        assertThat(posting.allocations()).containsExactly(new PaymentPosting.Allocation(1, new BigDecimal("30.00")));
        assertThat(posting.unallocated()).isEqualByComparingTo("0");
        assertThat(bills.get(1).amountPaid()).isEqualByComparingTo("70");
        assertThat(bills.get(1).changed()).isTrue();
        assertThat(bills.get(0).changed()).isFalse();
    }

    @Test
    void a_payment_runs_on_to_the_next_bills_in_due_order() {
        var posting = PaymentPosting.post(new BigDecimal("150.00"), threeBills());
        assertThat(posting.allocations())
                .containsExactly(
                        new PaymentPosting.Allocation(1, new BigDecimal("60.00")),
                        new PaymentPosting.Allocation(2, new BigDecimal("90.00")));
    }

    @Test
    void an_overpayment_settles_every_bill_and_keeps_the_rest_as_credit() {
        var bills = threeBills();
        var posting = PaymentPosting.post(new BigDecimal("300.00"), bills);
        assertThat(posting.allocations()).hasSize(3);
        assertThat(posting.unallocated()).isEqualByComparingTo("40.00");
        assertThat(bills).allSatisfy(b -> assertThat(b.unpaid()).isEqualByComparingTo("0"));
    }

    @Test
    void a_payment_with_no_open_bill_stays_whole_as_credit() {
        var posting = PaymentPosting.post(new BigDecimal("10.00"), List.of());
        assertThat(posting.allocations()).isEmpty();
        assertThat(posting.unallocated()).isEqualByComparingTo("10.00");
    }

    @Test
    void bills_due_the_same_day_are_paid_by_id() {
        var bills = List.of(bill(9, "2026-01-01", "50", "0"), bill(4, "2026-01-01", "50", "0"));
        var posting = PaymentPosting.post(new BigDecimal("60"), bills);
        assertThat(posting.allocations())
                .containsExactly(
                        new PaymentPosting.Allocation(4, new BigDecimal("50")),
                        new PaymentPosting.Allocation(9, new BigDecimal("10")));
    }

    /**
     * The import posts with bulk-read bills; it must end where the account aggregate's own
     * applyPayment ends: same bills paid, same amounts, same credit left.
     */
    @ParameterizedTest(name = "pay {0} on {1}")
    @CsvSource({
        "30.00, 2026-01-01", // on the first due date, partial
        "100.00, 2026-01-01", // exactly the first bill
        "150.00, 2026-02-01", // across two bills
        "299.99, 2026-03-01", // one cent short of all
        "450.00, 2026-03-15", // overpayment
    })
    void the_posting_ends_where_the_account_aggregate_ends(String amount, String paidOn) {
        var customer = Portfolio.customer();
        var account = Portfolio.account(customer);
        account.addBill("B-c", LocalDate.parse("2026-03-01"), Portfolio.mxn("100.00"));
        account.addBill("B-a", LocalDate.parse("2026-01-01"), Portfolio.mxn("100.00"));
        account.addBill("B-b", LocalDate.parse("2026-02-01"), Portfolio.mxn("100.00"));
        var payment = new Payment("P-x", account, LocalDate.parse(paidOn), Portfolio.mxn(amount), "BRANCH");
        account.applyPayment(payment);

        var openBills = List.of(
                bill(3, "2026-03-01", "100.00", "0.00"),
                bill(1, "2026-01-01", "100.00", "0.00"),
                bill(2, "2026-02-01", "100.00", "0.00"));
        var posting = PaymentPosting.post(new BigDecimal(amount), openBills);

        assertThat(posting.unallocated())
                .isEqualByComparingTo(payment.unallocated().amount());
        assertThat(posting.allocations().stream()
                        .map(PaymentPosting.Allocation::amount)
                        .toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(payment.allocations().stream()
                        .map(a -> a.amount().amount())
                        .toList());
        var byDue = openBills.stream().sorted(OpenBill.OLDEST_FIRST).toList();
        for (int i = 0; i < 3; i++) {
            assertThat(byDue.get(i).amountPaid())
                    .isEqualByComparingTo(account.bills().stream()
                            .sorted((x, y) -> x.dueDate().compareTo(y.dueDate()))
                            .toList()
                            .get(i)
                            .amountPaid()
                            .amount());
        }
    }
}
