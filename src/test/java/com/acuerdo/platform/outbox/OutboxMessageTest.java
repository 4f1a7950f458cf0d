package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static OutboxMessage message(Instant notBefore) {
        return new OutboxMessage(
                Channel.SMS,
                5L,
                "+573001112233",
                Language.ES,
                null,
                "Le recordamos su pago de mañana.",
                NOW,
                notBefore);
    }

    @Test
    void is_due_once_its_time_has_come() {
        var message = message(LATER);

        assertThat(message.isDueAt(NOW)).isFalse();
        assertThat(message.isDueAt(LATER)).isTrue();
    }

    @Test
    void without_a_time_it_is_due_at_once() {
        assertThat(message(null).isDueAt(NOW)).isTrue();
    }

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10), 3);

    @Test
    void a_claimed_message_is_no_longer_due_until_its_claim_runs_out() {
        var message = message(null);

        message.claim(NOW, LATER);

        assertThat(message.status()).isEqualTo(OutboxStatus.SENDING);
        assertThat(message.isDueAt(LATER.plusSeconds(1))).isFalse();
        assertThatThrownBy(() -> message.claim(NOW, LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_message_is_claimed_only_once_its_time_has_come() {
        var message = message(LATER);

        assertThatThrownBy(() -> message.claim(NOW, NOW.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void a_sent_message_counts_its_attempt_and_is_no_longer_due() {
        var message = message(null);
        message.claim(NOW, LATER);

        message.markSent(NOW);

        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.sentAt()).contains(NOW);
        assertThat(message.isDueAt(LATER)).isFalse();
    }

    @Test
    void only_a_claimed_message_is_sent_and_a_sent_one_is_never_sent_again() {
        var message = message(null);
        assertThatThrownBy(() -> message.markSent(NOW)).isInstanceOf(IllegalStateException.class);

        message.claim(NOW, LATER);
        message.markSent(NOW);

        assertThatThrownBy(() -> message.claim(LATER, LATER.plusSeconds(60))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> message.markSent(LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_failed_attempt_is_retried_after_the_backoff_delay() {
        var message = message(null);
        message.claim(NOW, LATER);

        message.attemptFailed("gateway answered 500", NOW, BACKOFF);

        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.lastError()).contains("gateway answered 500");
        assertThat(message.isDueAt(NOW.plusSeconds(29))).isFalse();
        assertThat(message.isDueAt(NOW.plusSeconds(30))).isTrue();
    }

    @Test
    void each_further_failure_waits_twice_as_long() {
        var message = message(null);
        message.claim(NOW, LATER);
        message.attemptFailed("first", NOW, BACKOFF);
        var second = NOW.plusSeconds(30);
        message.claim(second, second.plusSeconds(60));

        message.attemptFailed("second", second, BACKOFF);

        assertThat(message.notBefore()).isEqualTo(second.plusSeconds(60));
    }

    @Test
    void after_the_last_attempt_the_message_fails_for_good_with_its_error() {
        var message = message(null);
        var at = NOW;
        for (int attempt = 1; attempt <= 3; attempt++) {
            message.claim(at, at.plusSeconds(60));
            message.attemptFailed("refused " + attempt, at, BACKOFF);
            at = at.plus(Duration.ofHours(1));
        }

        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.attempts()).isEqualTo(3);
        assertThat(message.lastError()).contains("refused 3");
        assertThat(message.isDueAt(at.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void a_success_after_failures_clears_the_error() {
        var message = message(null);
        message.claim(NOW, LATER);
        message.attemptFailed("timeout", NOW, BACKOFF);
        message.claim(LATER, LATER.plusSeconds(60));

        message.markSent(LATER);

        assertThat(message.attempts()).isEqualTo(2);
        assertThat(message.lastError()).isEmpty();
    }

    @Test
    void a_claim_that_runs_out_unrecorded_fails_and_is_not_resent() {
        var message = message(null);
        message.claim(NOW, LATER);

        message.abandonIfClaimExpired(LATER.minusSeconds(1));
        assertThat(message.status()).isEqualTo(OutboxStatus.SENDING);
        message.abandonIfClaimExpired(LATER);

        assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.lastError())
                .hasValueSatisfying(error -> assertThat(error).contains("interrupted"));
    }

    @Test
    void an_administrator_may_requeue_a_failed_message() {
        var message = message(null);
        message.claim(NOW, LATER);
        message.abandonIfClaimExpired(LATER);

        message.retryAt(LATER);

        assertThat(message.isDueAt(LATER)).isTrue();
    }

    @Test
    void a_refused_message_is_never_sent() {
        var message = message(null);

        message.refuse("tone check: 'embargo'");

        assertThat(message.status()).isEqualTo(OutboxStatus.REFUSED);
        assertThat(message.isDueAt(LATER)).isFalse();
        assertThatThrownBy(() -> message.retryAt(LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_body_fits_its_column_and_calls_are_not_messages() {
        var tooLong = "x".repeat(OutboxMessage.BODY_LENGTH + 1);

        assertThatThrownBy(() -> new OutboxMessage(Channel.EMAIL, 5L, "a@b.co", Language.EN, "s", tooLong, NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxMessage(Channel.CALL, 5L, "+1", Language.EN, null, "hi", NOW, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
