package com.acuerdo.contact.control;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactPurpose;
import java.time.Instant;
import java.util.Objects;

/** An outbound contact someone wants to make: the question put to the guard. */
public record ContactIntent(Channel channel, Instant at, ContactPurpose purpose, Recipient recipient) {

    public ContactIntent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** An ordinary collection contact with the client. */
    public static ContactIntent of(Channel channel, Instant at) {
        return new ContactIntent(channel, at, ContactPurpose.COLLECTION, Recipient.CLIENT);
    }

    public ContactIntent withPurpose(ContactPurpose newPurpose) {
        return new ContactIntent(channel, at, newPurpose, recipient);
    }

    public ContactIntent to(Recipient newRecipient) {
        return new ContactIntent(channel, at, purpose, newRecipient);
    }
}
