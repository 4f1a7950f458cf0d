package com.acuerdo.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.testing.Portfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final Instant AT = Instant.parse("2026-03-10T15:00:00Z");

    private Contact contact(Channel channel, ContactOutcome outcome, String notes) {
        return new Contact(
                Portfolio.openCase(LocalDate.parse("2026-03-10")),
                null,
                channel,
                Direction.OUTBOUND,
                outcome,
                7L,
                AT,
                notes);
    }

    @Test
    void a_right_party_call_is_a_conversation_a_delivered_sms_is_not() {
        assertThat(contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, null).isConversation())
                .isTrue();
        assertThat(contact(Channel.SMS, ContactOutcome.DELIVERED, null).isConversation())
                .isFalse();
        assertThat(contact(Channel.CALL, ContactOutcome.NO_ANSWER, null).isConversation())
                .isFalse();
    }

    @Test
    void notes_fit_their_column() {
        assertThat(contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, "x".repeat(4000))
                        .notes())
                .hasSize(4000);
        assertThatThrownBy(() -> contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, "x".repeat(4001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void records_reason_talking_points_and_next_step() {
        var contact = contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, "Cliente perdió el empleo");
        var callback = Instant.parse("2026-03-12T16:00:00Z");

        contact.explainDelay(DelayReason.INCOME_LOSS);
        contact.coverTalkingPoints(List.of("GREETING", "OPTIONS"));
        contact.coverTalkingPoints(List.of("OPTIONS"));
        contact.agreeNextStep("Call back after payday", callback);

        assertThat(contact.delayReason()).contains(DelayReason.INCOME_LOSS);
        assertThat(contact.talkingPointsCovered()).containsExactly("GREETING", "OPTIONS");
        assertThat(contact.callbackAt()).contains(callback);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"ftp://rec/1.mp3", "grabacion.mp3", "https://rec.example/a b.mp3", "  ", "javascript:alert(1)"})
    void a_recording_is_only_an_http_address(String address) {
        var call = contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, null);

        assertThatThrownBy(() -> call.attachRecording(address)).isInstanceOf(IllegalArgumentException.class);
        assertThat(call.recordingUrl()).isEmpty();
    }

    @Test
    void a_recording_address_is_kept_without_surrounding_spaces() {
        var call = contact(Channel.CALL, ContactOutcome.RIGHT_PARTY, null);

        call.attachRecording(" https://rec.example/call-1.mp3 ");

        assertThat(call.recordingUrl()).contains("https://rec.example/call-1.mp3");
    }
}
