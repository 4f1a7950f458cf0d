package com.acuerdo.platform.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The worker's short transactions: find due messages, claim one, record its outcome. Sending
 * happens between them, outside any transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxRepository messages;

    public List<Long> due(Instant now, int max) {
        return messages.due(now, max).stream().map(OutboxMessage::id).toList();
    }

    /**
     * Claims a due message for one attempt; empty when it is no longer due or another worker (here or
     * on another instance) claimed it first: the row's version lets only one claim commit.
     */
    public Optional<Outgoing> claim(long id, Instant now, Duration claimFor) {
        var message = messages.find(id).orElse(null);
        if (message == null || !message.isDueAt(now)) {
            return Optional.empty();
        }
        message.claim(now, now.plus(claimFor));
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            // The transaction is marked for rollback; the container rolls it back on return.
            return Optional.empty();
        }
        return Optional.of(Outgoing.of(message));
    }

    public void sent(long id, Instant at) {
        messages.find(id).orElseThrow().markSent(at);
    }

    public void failed(long id, String error, Instant at, Backoff backoff) {
        messages.find(id).orElseThrow().attemptFailed(error, at, backoff);
    }

    /** Claims that ran out (a worker stopped mid-send) end FAILED, never resent; returns how many. */
    public int abandonExpiredClaims(Instant now) {
        var expired = messages.expiredClaims(now);
        expired.forEach(message -> message.abandonIfClaimExpired(now));
        return expired.size();
    }
}
