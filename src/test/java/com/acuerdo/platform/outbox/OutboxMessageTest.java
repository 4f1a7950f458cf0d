package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
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

    @Test
    void a_sent_message_counts_its_attempt_and_is_no_longer_due() {
        var message = message(null);

        message.markSent(NOW);

        assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.sentAt()).contains(NOW);
        assertThat(message.isDueAt(LATER)).isFalse();
    }

    @Test
    void a_failed_message_is_retried_later() {
        var message = message(null);

        message.markFailed("gateway timeout");
        assertThat(message.isDueAt(NOW)).isFalse();
        message.retryAt(LATER);

        assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.isDueAt(NOW)).isFalse();
        assertThat(message.isDueAt(LATER)).isTrue();
        message.markSent(LATER);
        assertThat(message.attempts()).isEqualTo(2);
        assertThat(message.lastError()).isEmpty();
    }

    @Test
    void only_a_failed_message_is_retried_and_a_sent_one_is_never_sent_again() {
        var message = message(null);
        assertThatThrownBy(() -> message.retryAt(LATER)).isInstanceOf(IllegalStateException.class);

        message.markSent(NOW);
        assertThatThrownBy(() -> message.markSent(LATER)).isInstanceOf(IllegalStateException.class);
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
