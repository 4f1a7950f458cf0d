package com.acuerdo.platform.outbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages every few seconds on every instance. Safe with several instances
 * and overlapping runs: a message is sent only by the worker whose claim committed, and a claim
 * that runs out unrecorded ends FAILED rather than sent twice. Failed attempts are retried with
 * exponential backoff. {@code acuerdo.outbox.worker=false} stops the schedule (tests do).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    static final int BATCH = 50;
    /** Longer than any send can take (the senders time out after 15 s). */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxConfiguration configuration;

    @Inject
    MailSender mail;

    @Inject
    SmsGatewaySender sms;

    @Inject
    FolderSender folder;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox delivery")
    void onSchedule() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still sending
        }
        try {
            if (configuration.current().workerEnabled()) {
                deliverDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** One delivery run: every due message claimed here is sent once; returns how many were sent. */
    public int deliverDue() {
        var settings = configuration.current();
        delivery.abandonExpiredClaims(clock.instant());
        int sent = 0;
        for (long id : delivery.due(clock.instant(), BATCH)) {
            var claimed = claim(id);
            if (claimed == null) {
                continue;
            }
            try {
                send(claimed, settings);
                delivery.sent(id, clock.instant());
                sent++;
            } catch (RuntimeException e) {
                var error = e instanceof DeliveryFailed ? e.getMessage() : e.toString();
                LOG.log(Level.INFO, () -> "Outbox message " + id + " not delivered: " + error);
                delivery.failed(id, error, clock.instant(), settings.backoff());
            }
        }
        return sent;
    }

    private Outgoing claim(long id) {
        try {
            return delivery.claim(id, clock.instant(), CLAIM).orElse(null);
        } catch (EJBException concurrent) {
            return null; // another worker's claim won the row
        }
    }

    private void send(Outgoing message, DeliverySettings settings) {
        switch (message.channel()) {
            case EMAIL -> settings.smtp()
                    .ifPresentOrElse(smtp -> mail.send(message, smtp), () -> folder.write(message, settings.folder()));
            case SMS -> settings.sms()
                    .ifPresentOrElse(
                            gateway -> sms.send(message, gateway), () -> folder.write(message, settings.folder()));
                // Letters are printed from the folder; PDF rendering and postal delivery come later.
            case LETTER -> folder.write(message, settings.folder());
            default -> throw new DeliveryFailed("the outbox does not deliver " + message.channel());
        }
    }
}
