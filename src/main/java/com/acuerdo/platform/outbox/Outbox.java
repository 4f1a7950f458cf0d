package com.acuerdo.platform.outbox;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.security.entity.Role;
import com.acuerdo.tone.boundary.ToneList;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.control.ToneRefused;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a message to a client in the outbox, in the caller's transaction, so it is sent if and only
 * if the business change that caused it commits. The tone check runs first: a text with a listed
 * expression is refused ({@link ToneRefused}) and the whole transaction rolls back. The contact
 * guard is the caller's business (it knows the case and the channel's rules).
 */
@Stateless
@PermitAll
public class Outbox {

    @Inject
    ToneList tone;

    @Inject
    OutboxRepository messages;

    @Inject
    Clock clock;

    /**
     * @param notBefore not sent before this moment (e.g. the client's allowed hours); null = at once
     * @return the message's id
     * @throws ToneRefused when the subject or the body contains expressions of the tone list
     *     (subject hits first; each hit's offsets are into the text it was found in)
     */
    public long enqueue(
            Channel channel,
            long customerId,
            String recipient,
            Language language,
            String subject,
            String body,
            Instant notBefore) {
        var check = tone.inForce();
        var hits = new ArrayList<ToneHit>(check.hits(subject));
        hits.addAll(check.hits(body));
        if (!hits.isEmpty()) {
            throw new ToneRefused(hits);
        }
        var message =
                new OutboxMessage(channel, customerId, recipient, language, subject, body, clock.instant(), notBefore);
        messages.add(message);
        return message.id();
    }

    /** The latest messages in any state, newest first, for the administrator's outbox page. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxMessage> latest(int max) {
        return messages.latest(List.of(OutboxStatus.values()), max);
    }
}
