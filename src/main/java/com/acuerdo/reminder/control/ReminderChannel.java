package com.acuerdo.reminder.control;

import com.acuerdo.contact.entity.Channel;
import java.util.Optional;

/**
 * The channel a friendly reminder goes by: a text message when the client has a phone and agreed to
 * texts, otherwise an e-mail when they have an address and agreed to e-mails. Without any agreed
 * channel it is the one they can be reached on (phone first), so the contact guard refuses it for
 * want of consent and the reminder waits for consent rather than going where the client said no.
 */
public final class ReminderChannel {

    private ReminderChannel() {}

    /** Empty when the client has neither a phone nor an e-mail address on record. */
    public static Optional<Channel> of(String phone, boolean consentSms, String email, boolean consentEmail) {
        boolean hasPhone = phone != null && !phone.isBlank();
        boolean hasEmail = email != null && !email.isBlank();
        if (hasPhone && consentSms) {
            return Optional.of(Channel.SMS);
        }
        if (hasEmail && consentEmail) {
            return Optional.of(Channel.EMAIL);
        }
        if (hasPhone) {
            return Optional.of(Channel.SMS);
        }
        return hasEmail ? Optional.of(Channel.EMAIL) : Optional.empty();
    }
}
