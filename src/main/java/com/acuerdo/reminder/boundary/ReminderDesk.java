package com.acuerdo.reminder.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Instalment;
import com.acuerdo.arrangement.entity.InstalmentStatus;
import com.acuerdo.casework.control.MoneyText;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.control.ContactIntent;
import com.acuerdo.contact.control.GuardReason;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.outbox.Outbox;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.reminder.control.ReminderChannel;
import com.acuerdo.reminder.control.ReminderSchedule;
import com.acuerdo.reminder.control.ReminderText;
import com.acuerdo.reminder.entity.Reminder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The friendly reminders of promises and instalments: planned each night (one row per promise or
 * instalment and kind, so never twice), sent through the contact guard, the tone check and the
 * outbox, and recorded as outbound contacts; a refused one is kept with the guard's reasons and
 * retried at the next allowed moment. Runs without a caller (nightly job, retry timer).
 */
@Stateless
@PermitAll
public class ReminderDesk {

    /** When no arrangement policy covers the account. */
    static final int DEFAULT_DAYS_BEFORE = 2;

    private static final int LOOK_AHEAD_DAYS = 31;

    @PersistenceContext
    EntityManager em;

    @Inject
    Contacts contacts;

    @Inject
    Outbox outbox;

    @Inject
    Audit audit;

    @Inject
    ArrangementPolicyRepository policies;

    @Inject
    @ConfigProperty(name = "acuerdo.bank.name", defaultValue = "Banco Acuerdo")
    String bankName;

    /** Creates the reminders due on the business date for clients {@code first..last}; returns how many. */
    public int plan(long first, long last, LocalDate date) {
        var existing = new HashSet<String>(em.createQuery(
                        "SELECT CONCAT(r.subject, '/', r.subjectId, '/', r.kind) FROM Reminder r"
                                + " WHERE r.customerId BETWEEN :first AND :last AND r.dueOn >= :date",
                        String.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("date", date)
                .getResultList());
        int planned = 0;
        var promises = em.createQuery(
                        "SELECT p FROM PromiseToPay p WHERE p.status = :open AND p.dueOn BETWEEN :date AND :until"
                                + " AND p.account.customer.id BETWEEN :first AND :last ORDER BY p.id",
                        PromiseToPay.class)
                .setParameter("open", PromiseStatus.OPEN)
                .setParameter("date", date)
                .setParameter("until", date.plusDays(LOOK_AHEAD_DAYS))
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
        for (var promise : promises) {
            var kind = ReminderSchedule.due(promise.dueOn(), daysBefore(promise.account(), date), date);
            if (kind.isPresent() && existing.add(Reminder.Subject.PROMISE + "/" + promise.id() + "/" + kind.get())) {
                em.persist(new Reminder(
                        Reminder.Subject.PROMISE,
                        promise.id(),
                        kind.get(),
                        promise.collectionCase().id(),
                        promise.account().customer().id(),
                        promise.account().id(),
                        promise.dueOn(),
                        promise.amount(),
                        date));
                planned++;
            }
        }
        var instalments = em.createQuery(
                        "SELECT i FROM Instalment i WHERE i.status = :due AND i.arrangement.status = :active"
                                + " AND i.dueOn BETWEEN :date AND :until"
                                + " AND i.arrangement.account.customer.id BETWEEN :first AND :last ORDER BY i.id",
                        Instalment.class)
                .setParameter("due", InstalmentStatus.DUE)
                .setParameter("active", ArrangementStatus.ACTIVE)
                .setParameter("date", date)
                .setParameter("until", date.plusDays(LOOK_AHEAD_DAYS))
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
        for (var instalment : instalments) {
            var account = instalment.arrangement().account();
            var kind = ReminderSchedule.due(instalment.dueOn(), daysBefore(account, date), date);
            if (kind.isPresent()
                    && existing.add(Reminder.Subject.INSTALMENT + "/" + instalment.id() + "/" + kind.get())) {
                em.persist(new Reminder(
                        Reminder.Subject.INSTALMENT,
                        instalment.id(),
                        kind.get(),
                        instalment.arrangement().collectionCase().id(),
                        account.customer().id(),
                        account.id(),
                        instalment.dueOn(),
                        instalment.amount().minus(instalment.amountPaid()),
                        date));
                planned++;
            }
        }
        em.flush();
        return planned;
    }

    /** Tries every pending reminder of clients {@code first..last} whose time has come; returns how many went out. */
    public int sendDue(long first, long last, LocalDate date, Instant at) {
        var due = em.createQuery(
                        "SELECT r FROM Reminder r WHERE r.status = :pending AND r.customerId BETWEEN :first AND :last"
                                + " AND (r.nextAttemptAt IS NULL OR r.nextAttemptAt <= :at) ORDER BY r.id",
                        Reminder.class)
                .setParameter("pending", Reminder.Status.PENDING)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("at", at)
                .getResultList();
        return send(due, date, at);
    }

    /** The retry of reminders refused earlier, at the next moment the guard allows (timer, tests). */
    public int retryDue(LocalDate date, Instant at) {
        var due = em.createQuery(
                        "SELECT r FROM Reminder r WHERE r.status = :pending AND r.nextAttemptAt IS NOT NULL"
                                + " AND r.nextAttemptAt <= :at ORDER BY r.id",
                        Reminder.class)
                .setParameter("pending", Reminder.Status.PENDING)
                .setParameter("at", at)
                .setMaxResults(500)
                .getResultList();
        return send(due, date, at);
    }

    private int send(List<Reminder> due, LocalDate date, Instant at) {
        int sent = 0;
        for (var reminder : due) {
            if (attempt(reminder, date, at)) {
                sent++;
            }
        }
        em.flush();
        return sent;
    }

    private boolean attempt(Reminder reminder, LocalDate date, Instant at) {
        var stale = staleness(reminder, date);
        if (stale != null) {
            reminder.withdraw(stale);
            audit.recordAs(
                    Audit.SYSTEM, ReminderEvent.REMINDER_WITHDRAWN, ReminderEvent.REMINDER, reminder.id(), stale);
            return false;
        }
        var customer = em.find(Customer.class, reminder.customerId());
        var chosen =
                ReminderChannel.of(customer.phone(), customer.consentSms(), customer.email(), customer.consentEmail());
        if (chosen.isEmpty()) {
            reminder.withdraw("NO_RECIPIENT: no phone or e-mail on record");
            audit.recordAs(
                    Audit.SYSTEM,
                    ReminderEvent.REMINDER_WITHDRAWN,
                    ReminderEvent.REMINDER,
                    reminder.id(),
                    "no phone or e-mail on record");
            return false;
        }
        var channel = chosen.get();
        var recipient = channel == Channel.SMS ? customer.phone() : customer.email();
        var decision = contacts.checkForSystem(customer, reminder.accountId(), ContactIntent.of(channel, at));
        if (!decision.allowed()) {
            var reasons = decision.reasons().stream().map(GuardReason::toString).collect(Collectors.joining("; "));
            reminder.refused(reasons, decision.nextAllowedAt());
            audit.recordAs(
                    Audit.SYSTEM,
                    ReminderEvent.REMINDER_DEFERRED,
                    ReminderEvent.REMINDER,
                    reminder.id(),
                    channel + " refused: " + reasons + "; next " + decision.nextAllowedAt());
            return false;
        }
        var language = customer.language();
        var locale = language == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("es");
        var text = ReminderText.of(
                language,
                reminder.kind(),
                bankName,
                customer.fullName(),
                MoneyText.format(reminder.amount(), locale),
                reminder.dueOn().toString());
        long messageId = outbox.enqueue(
                channel,
                customer.id(),
                recipient,
                language,
                channel == Channel.SMS ? null : text.subject(),
                text.body(),
                null);
        var kase = em.find(CollectionCase.class, reminder.caseId());
        em.persist(new Contact(
                kase,
                reminder.accountId(),
                channel,
                Direction.OUTBOUND,
                ContactOutcome.DELIVERED,
                null,
                at,
                "Recordatorio automático " + reminder.kind() + " (outbox " + messageId + ")"));
        reminder.sent(channel, messageId, at);
        audit.recordAs(
                Audit.SYSTEM,
                ReminderEvent.REMINDER_SENT,
                ReminderEvent.REMINDER,
                reminder.id(),
                channel + " " + reminder.kind() + " " + reminder.subject() + " " + reminder.subjectId() + ": outbox "
                        + messageId);
        return true;
    }

    /** Why the reminder is no longer needed, or null while it is. */
    private String staleness(Reminder reminder, LocalDate date) {
        if (date.isAfter(reminder.dueOn())) {
            return "OVERDUE: the due date " + reminder.dueOn() + " has passed";
        }
        if (reminder.subject() == Reminder.Subject.PROMISE) {
            var promise = em.find(PromiseToPay.class, reminder.subjectId());
            return promise == null || !promise.isOpen() ? "SETTLED: the promise is no longer open" : null;
        }
        var instalment = em.find(Instalment.class, reminder.subjectId());
        return instalment == null
                        || instalment.status() != InstalmentStatus.DUE
                        || instalment.arrangement().status() != ArrangementStatus.ACTIVE
                ? "SETTLED: the instalment is no longer due"
                : null;
    }

    private int daysBefore(Account account, LocalDate date) {
        return policies.inForce(account.product(), account.lastBucket(), account.currency(), date)
                .map(policy -> policy.reminderDaysBefore())
                .orElse(DEFAULT_DAYS_BEFORE);
    }
}
