package com.acuerdo.reminder.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.Channel;
import org.junit.jupiter.api.Test;

class ReminderChannelTest {

    private static final String PHONE = "+56 9 1234 5678";
    private static final String EMAIL = "ana@example.cl";

    @Test
    void a_client_who_agreed_to_texts_gets_a_text() {
        assertThat(ReminderChannel.of(PHONE, true, EMAIL, true)).contains(Channel.SMS);
    }

    @Test
    void a_client_with_a_phone_who_agreed_only_to_e_mails_gets_an_e_mail() {
        assertThat(ReminderChannel.of(PHONE, false, EMAIL, true)).contains(Channel.EMAIL);
    }

    @Test
    void consent_to_texts_without_a_phone_falls_back_to_the_agreed_e_mail() {
        assertThat(ReminderChannel.of(" ", true, EMAIL, true)).contains(Channel.EMAIL);
        assertThat(ReminderChannel.of(null, true, EMAIL, true)).contains(Channel.EMAIL);
    }

    @Test
    void without_any_agreed_channel_the_reachable_one_is_named_so_the_guard_refuses_it() {
        assertThat(ReminderChannel.of(PHONE, false, EMAIL, false)).contains(Channel.SMS);
        assertThat(ReminderChannel.of(null, false, EMAIL, false)).contains(Channel.EMAIL);
        assertThat(ReminderChannel.of(PHONE, false, null, true)).contains(Channel.SMS);
    }

    @Test
    void no_phone_and_no_e_mail_means_no_channel() {
        assertThat(ReminderChannel.of(null, true, "", true)).isEmpty();
    }
}
