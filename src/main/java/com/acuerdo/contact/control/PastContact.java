package com.acuerdo.contact.control;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.Direction;
import java.time.Instant;
import java.util.Objects;

/** A recorded contact of the person, as far as the guard's counts care. */
public record PastContact(
        Instant at, Channel channel, Direction direction, ContactOutcome outcome, ContactPurpose purpose) {

    public PastContact {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(purpose, "purpose");
    }

    public static PastContact of(Contact contact) {
        return new PastContact(
                contact.contactAt(), contact.channel(), contact.direction(), contact.outcome(), contact.purpose());
    }

    public static PastContact outbound(Instant at, Channel channel, ContactOutcome outcome) {
        return new PastContact(at, channel, Direction.OUTBOUND, outcome, ContactPurpose.COLLECTION);
    }

    /**
     * Whether it counts towards caps: outbound contacts actually made. The client calling us does not
     * count; a message the gateway failed to deliver (FAILED) was never made.
     */
    boolean counts() {
        return direction == Direction.OUTBOUND && outcome != ContactOutcome.FAILED;
    }

    /** An outbound telephone conversation with the client (RIGHT_PARTY on a call). */
    boolean isConversation() {
        return counts() && outcome.isConversation(channel);
    }
}
