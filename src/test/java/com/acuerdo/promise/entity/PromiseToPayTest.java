package com.acuerdo.promise.entity;

import static com.acuerdo.testing.Portfolio.mxn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.platform.money.Money;
import com.acuerdo.testing.Portfolio;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseToPayTest {

    private static final LocalDate MADE_ON = LocalDate.parse("2026-03-10");
    private static final LocalDate DUE_ON = LocalDate.parse("2026-03-15");

    private static PromiseToPay promise(Money amount, LocalDate dueOn) {
        var kase = Portfolio.openCase(MADE_ON);
        var account = kase.accounts().iterator().next();
        return new PromiseToPay(kase, account, amount, dueOn, MADE_ON, Instant.parse("2026-03-10T15:00:00Z"), 7L);
    }

    @ParameterizedTest
    @CsvSource({"0.00", "-5.00"})
    void a_promise_of_nothing_is_refused(String amount) {
        assertThatThrownBy(() -> promise(mxn(amount), DUE_ON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_promise_in_another_currency_or_due_in_the_past_is_refused() {
        assertThatThrownBy(() -> promise(Money.of("10", "USD"), DUE_ON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> promise(mxn("10"), MADE_ON.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_promise_due_the_day_it_is_made_is_fine() {
        assertThat(promise(mxn("10"), MADE_ON).isOpen()).isTrue();
    }

    @ParameterizedTest(name = "paid {0} of 500.00 -> {1}")
    @CsvSource({"0.00, BROKEN", "0.01, PARTIAL", "499.99, PARTIAL", "500.00, KEPT", "650.00, KEPT"})
    void once_due_it_is_kept_partial_or_broken_by_what_was_paid(String paid, PromiseStatus expected) {
        var promise = promise(mxn("500.00"), DUE_ON);

        assertThat(promise.followUp(mxn(paid), DUE_ON.plusDays(1))).isEqualTo(expected);
        assertThat(promise.status()).isEqualTo(expected);
        assertThat(promise.amountPaid()).isEqualTo(mxn(paid));
        assertThat(promise.resolvedOn()).contains(DUE_ON.plusDays(1));
    }

    @Test
    void it_is_not_judged_on_or_before_its_due_date() {
        var promise = promise(mxn("500.00"), DUE_ON);

        assertThatThrownBy(() -> promise.followUp(mxn("0.00"), DUE_ON)).isInstanceOf(IllegalStateException.class);
        assertThat(promise.isOpen()).isTrue();
    }

    @Test
    void it_is_judged_once() {
        var promise = promise(mxn("500.00"), DUE_ON);
        promise.followUp(mxn("100.00"), DUE_ON.plusDays(1));

        assertThatThrownBy(() -> promise.followUp(mxn("500.00"), DUE_ON.plusDays(2)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(promise.status()).isEqualTo(PromiseStatus.PARTIAL);
    }

    @Test
    void an_open_promise_can_be_cancelled_a_resolved_one_not() {
        var open = promise(mxn("500.00"), DUE_ON);
        open.cancel(MADE_ON.plusDays(1));
        assertThat(open.status()).isEqualTo(PromiseStatus.CANCELLED);

        var kept = promise(mxn("500.00"), DUE_ON);
        kept.followUp(mxn("500.00"), DUE_ON.plusDays(1));
        assertThatThrownBy(() -> kept.cancel(DUE_ON.plusDays(2))).isInstanceOf(IllegalStateException.class);
    }
}
