package com.acuerdo.platform.outbox;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;

/** What a sender needs of a claimed message, read before sending so no transaction spans the send. */
public record Outgoing(long id, Channel channel, String recipient, Language language, String subject, String body) {

    static Outgoing of(OutboxMessage message) {
        return new Outgoing(
                message.id(),
                message.channel(),
                message.recipient(),
                message.language(),
                message.subject().orElse(""),
                message.body());
    }

    /** Sent along with the message (SMS "reference", e-mail header), so replies and receipts match. */
    public String reference() {
        return "acuerdo-outbox-" + id;
    }
}
