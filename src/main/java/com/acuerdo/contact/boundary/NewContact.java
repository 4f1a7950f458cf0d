package com.acuerdo.contact.boundary;

import com.acuerdo.contact.control.Recipient;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A contact to record, as the agent (or an integration) describes it. */
public record NewContact(
        Channel channel,
        Direction direction,
        Instant at,
        ContactOutcome outcome,
        DelayReason reason,
        String notes,
        Set<String> talkingPoints,
        String nextStep,
        Instant callbackAt,
        ContactPurpose purpose,
        Recipient recipient) {

    /** How far a contact's time may run ahead of the server's clock (clocks of dialers drift). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    static final int MAX_NEXT_STEP = 500;

    public NewContact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        talkingPoints = talkingPoints == null ? Set.of() : Set.copyOf(talkingPoints);
        purpose = purpose == null ? ContactPurpose.COLLECTION : purpose;
        recipient = recipient == null ? Recipient.CLIENT : recipient;
    }

    /** The fields of the integration contract; the rest take their defaults. */
    public static NewContact of(
            Channel channel,
            Direction direction,
            Instant at,
            ContactOutcome outcome,
            DelayReason reason,
            String notes) {
        return new NewContact(channel, direction, at, outcome, reason, notes, Set.of(), null, null, null, null);
    }

    /** What is wrong with the values, as {@code field: why} lines; empty when they make sense. */
    List<String> problems(Instant now) {
        var problems = new ArrayList<String>();
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            problems.add("at: a contact is recorded once made; " + at + " is in the future");
        }
        if (outcome == ContactOutcome.DELIVERED && !(channel.isWritten() || channel == Channel.LETTER)) {
            problems.add("outcome: DELIVERED is the outcome of a message or letter, not of a " + channel);
        }
        if (callbackAt != null && !callbackAt.isAfter(at)) {
            problems.add("callbackAt: a callback comes after the contact");
        }
        if (notes != null && notes.length() > Contact.MAX_NOTES) {
            problems.add("notes: at most " + Contact.MAX_NOTES + " characters");
        }
        if (nextStep != null && nextStep.length() > MAX_NEXT_STEP) {
            problems.add("nextStep: at most " + MAX_NEXT_STEP + " characters");
        }
        if (purpose == ContactPurpose.CEASE_CONFIRMATION
                && (direction != Direction.OUTBOUND || !purpose.isConfirmationChannel(channel))) {
            problems.add("purpose: a cease request is confirmed by an outbound letter or e-mail");
        }
        return problems;
    }
}
