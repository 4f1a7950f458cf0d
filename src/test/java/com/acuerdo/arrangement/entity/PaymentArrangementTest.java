package com.acuerdo.arrangement.entity;

import static com.acuerdo.testing.Portfolio.mxn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.platform.money.Money;
import com.acuerdo.testing.Portfolio;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentArrangementTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final LocalDate FIRST_DUE = LocalDate.parse("2026-04-01");

    private static InstalmentSchedule schedule(String currency) {
        return InstalmentSchedule.compute(
                Money.of("1200.00", currency),
                new BigDecimal("10"),
                Money.of("80.00", currency),
                4,
                Frequency.MONTHLY,
                FIRST_DUE);
    }

    private static PaymentArrangement pending() {
        var kase = Portfolio.openCase(TODAY);
        return PaymentArrangement.requestApproval(
                kase, kase.accounts().iterator().next(), schedule("MXN"), 7L, NOW);
    }

    private static PaymentArrangement active() {
        var kase = Portfolio.openCase(TODAY);
        return PaymentArrangement.agree(kase, kase.accounts().iterator().next(), schedule("MXN"), 7L, NOW);
    }

    @Test
    void within_policy_it_is_active_with_its_schedule() {
        var arrangement = active();

        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.ACTIVE);
        assertThat(arrangement.totalAfterDiscount()).isEqualTo(mxn("1080.00"));
        assertThat(arrangement.financed()).isEqualTo(mxn("1000.00"));
        assertThat(arrangement.instalments())
                .extracting(Instalment::number, Instalment::dueOn, Instalment::amount, Instalment::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, FIRST_DUE, mxn("250.00"), InstalmentStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple(
                                2, FIRST_DUE.plusMonths(1), mxn("250.00"), InstalmentStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple(
                                3, FIRST_DUE.plusMonths(2), mxn("250.00"), InstalmentStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple(
                                4, FIRST_DUE.plusMonths(3), mxn("250.00"), InstalmentStatus.DUE));
    }

    @Test
    void a_schedule_in_another_currency_is_refused() {
        var kase = Portfolio.openCase(TODAY);

        assertThatThrownBy(() -> PaymentArrangement.agree(
                        kase, kase.accounts().iterator().next(), schedule("USD"), 7L, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_supervisor_approves_a_pending_arrangement_with_a_reason() {
        var arrangement = pending();

        arrangement.approve("super1", "Hardship confirmed", NOW.plusSeconds(60));

        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.ACTIVE);
        assertThat(arrangement.decidedBy()).contains("super1");
        assertThat(arrangement.decisionReason()).contains("Hardship confirmed");
        assertThat(arrangement.decidedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void a_supervisor_rejects_a_pending_arrangement() {
        var arrangement = pending();

        arrangement.reject("super1", "Discount beyond any policy", NOW);

        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.REJECTED);
    }

    @Test
    void a_decision_needs_who_and_a_rejection_needs_why() {
        var arrangement = pending();

        assertThatThrownBy(() -> arrangement.approve(" ", "ok", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arrangement.reject(null, "no", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arrangement.reject("super1", " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.PENDING_APPROVAL);
    }

    @Test
    void only_a_pending_arrangement_is_approved_or_rejected() {
        var active = active();
        assertThatThrownBy(() -> active.approve("super1", "ok", NOW)).isInstanceOf(IllegalStateException.class);

        var rejected = pending();
        rejected.reject("super1", "no", NOW);
        assertThatThrownBy(() -> rejected.approve("super1", "changed my mind", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rejected.reject("super1", "again", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_active_arrangement_can_break_a_pending_one_cannot() {
        var arrangement = active();
        arrangement.markBroken(TODAY.plusDays(40), "instalment 1 missed");
        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.BROKEN);
        assertThat(arrangement.endedOn()).contains(TODAY.plusDays(40));

        assertThatThrownBy(() -> pending().markBroken(TODAY, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void completes_only_when_every_instalment_is_paid() {
        var arrangement = active();
        var instalments = arrangement.instalments();
        instalments.get(0).followUp(mxn("250.00"), FIRST_DUE, 3);

        assertThatThrownBy(() -> arrangement.complete(TODAY.plusDays(30))).isInstanceOf(IllegalStateException.class);

        instalments.stream().skip(1).forEach(instalment -> instalment.followUp(mxn("250.00"), FIRST_DUE, 3));
        arrangement.complete(FIRST_DUE.plusMonths(3));
        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.COMPLETED);
    }

    @Test
    void pending_or_active_arrangements_can_be_cancelled_with_a_reason() {
        var arrangement = pending();
        assertThatThrownBy(() -> arrangement.cancel(TODAY, "")).isInstanceOf(IllegalArgumentException.class);

        arrangement.cancel(TODAY, "Client prefers a promise");
        assertThat(arrangement.status()).isEqualTo(ArrangementStatus.CANCELLED);
        assertThatThrownBy(() -> arrangement.cancel(TODAY, "again")).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "paid {0}, on {1}, 3 grace days -> {2}")
    @CsvSource({
        "250.00, 2026-03-20, PAID", // paid early
        "300.00, 2026-04-01, PAID",
        "100.00, 2026-04-01, DUE", // due today: still time
        "100.00, 2026-04-04, DUE", // last grace day
        "100.00, 2026-04-05, PARTIAL",
        "0.00, 2026-04-04, DUE",
        "0.00, 2026-04-05, MISSED"
    })
    void an_instalment_is_judged_after_its_grace_days(String paid, LocalDate on, InstalmentStatus expected) {
        var instalment = active().instalments().get(0);

        assertThat(instalment.followUp(mxn(paid), on, 3)).isEqualTo(expected);
        assertThat(instalment.amountPaid()).isEqualTo(mxn(paid));
    }

    @Test
    void instalments_of_a_pending_arrangement_are_not_followed_up() {
        var instalment = pending().instalments().get(0);

        assertThatThrownBy(() -> instalment.followUp(mxn("250.00"), FIRST_DUE, 0))
                .isInstanceOf(IllegalStateException.class);
    }
}
