package com.acuerdo.contact.boundary;

import static com.acuerdo.contact.boundary.ContactEvent.CONTACT_RECORDED;
import static com.acuerdo.contact.boundary.ContactEvent.CONTACT_REFUSED;

import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.contact.boundary.ContactSubjects.Subject;
import com.acuerdo.contact.control.ContactGuard;
import com.acuerdo.contact.control.ContactIntent;
import com.acuerdo.contact.control.GuardDecision;
import com.acuerdo.contact.control.GuardReason;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Contacts with a client through the contact guard: "may I contact now?" and recording a contact.
 * An outbound contact the guard refuses is not recorded; the refusal is audited and thrown with
 * every reason. Inbound contacts (the client called us) are always recorded.
 *
 * <p>Named explicitly: the repository {@link com.acuerdo.contact.entity.Contacts} is an EJB too.
 */
@Stateless(name = "ContactsBoundary")
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Contacts {

    private static final ContactGuard GUARD = new ContactGuard();

    @Inject
    ContactSubjects subjects;

    @Inject
    ContactFacts facts;

    @Inject
    com.acuerdo.contact.entity.Contacts contactLog;

    @Inject
    CaseGuard caseGuard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Whether an outbound collection contact on this channel is allowed at {@code at} (null: now). */
    public GuardDecision check(String accountId, Channel channel, Instant at) {
        return decide(subjects.ofAccount(accountId), ContactIntent.of(channel, orNow(at)));
    }

    /** The same for a case as a whole (the case workspace's guard badge). */
    public GuardDecision check(long caseId, Channel channel, Instant at) {
        return decide(subjects.ofCase(caseId), ContactIntent.of(channel, orNow(at)));
    }

    /**
     * The case's guard badges: the same question for several channels at one instant, answered from
     * one read of the client's facts (they do not depend on the channel).
     */
    public Map<Channel, GuardDecision> checkAll(long caseId, Collection<Channel> channels, Instant at) {
        var subject = subjects.ofCase(caseId);
        var moment = orNow(at);
        var situation = facts.of(subject.customer(), subject.accountId(), moment);
        var decisions = new EnumMap<Channel, GuardDecision>(Channel.class);
        for (var channel : channels) {
            decisions.put(channel, GUARD.decide(situation, ContactIntent.of(channel, moment)));
        }
        return decisions;
    }

    /**
     * The guard's decision for a message the system sends by itself (the nightly reminders): there is
     * no caller, so no row-level rule, but the same facts and rules as for an agent.
     */
    @PermitAll
    public GuardDecision checkForSystem(
            com.acuerdo.customer.entity.Customer customer, Long accountId, ContactIntent intent) {
        return GUARD.decide(facts.of(customer, accountId, intent.at()), intent);
    }

    /** The full question, for callers that know the purpose or the recipient. */
    public GuardDecision check(String accountId, ContactIntent intent) {
        return decide(subjects.ofAccount(accountId), intent);
    }

    /**
     * @throws ContactRefused when the guard refuses an outbound contact (audited, nothing recorded)
     * @throws InvalidContactRequest for values that make no sense
     * @throws ContactConflict when the account has no open case
     */
    public RecordedContact record(String accountId, NewContact contact) {
        return record(subjects.ofAccount(accountId), contact);
    }

    public RecordedContact record(long caseId, NewContact contact) {
        return record(subjects.ofCase(caseId), contact);
    }

    /** A contact of the account's client, under the same row-level rule. */
    public RecordedContact find(String accountId, long contactId) {
        var subject = subjects.ofAccount(accountId);
        return contactLog
                .find(contactId)
                .filter(contact ->
                        contact.customerId().equals(subject.customer().id()))
                .map(this::view)
                .orElseThrow(() -> new UnknownSubject("no contact " + contactId + " of account " + accountId));
    }

    private RecordedContact record(Subject subject, NewContact request) {
        Objects.requireNonNull(request, "contact");
        var problems = request.problems(Instant.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidContactRequest(problems);
        }
        var kase = subject.caseIfOpen()
                .orElseThrow(() -> new ContactConflict("account " + subject.name() + " has no open case to record on"));
        if (request.direction() == Direction.OUTBOUND) {
            var decision = decide(
                    subject,
                    new ContactIntent(request.channel(), request.at(), request.purpose(), request.recipient()));
            if (!decision.allowed()) {
                audit.recordRegardless(
                        callerName(),
                        CONTACT_REFUSED,
                        subject.auditType(),
                        subject.name(),
                        request.channel() + " at " + request.at() + " refused: " + describe(decision));
                throw new ContactRefused(decision);
            }
        }
        var contact = new Contact(
                kase,
                subject.accountId(),
                request.channel(),
                request.direction(),
                request.outcome(),
                caseGuard.callerAgent().map(Agent::id).orElse(null),
                request.at(),
                request.notes());
        if (request.reason() != null) {
            contact.explainDelay(request.reason());
        }
        contact.coverTalkingPoints(request.talkingPoints());
        if (request.nextStep() != null || request.callbackAt() != null) {
            contact.agreeNextStep(request.nextStep(), request.callbackAt());
        }
        if (request.purpose() == ContactPurpose.CEASE_CONFIRMATION) {
            contact.confirmCeaseRequest();
        }
        contactLog.add(contact);
        kase.contactMade(request.at(), request.callbackAt());
        audit.record(
                CONTACT_RECORDED,
                subject.auditType(),
                subject.name(),
                request.channel() + " " + request.direction() + " " + request.outcome() + " at " + request.at()
                        + " (contact " + contact.id() + ", case " + kase.id() + ")");
        return view(contact);
    }

    private GuardDecision decide(Subject subject, ContactIntent intent) {
        return GUARD.decide(facts.of(subject.customer(), subject.accountId(), intent.at()), intent);
    }

    private Instant orNow(Instant at) {
        return at == null ? Instant.now(clock) : at;
    }

    private String callerName() {
        var name = currentUser.getUsername();
        return name == null ? Audit.SYSTEM : name;
    }

    private static String describe(GuardDecision decision) {
        return decision.reasons().stream().map(GuardReason::toString).collect(Collectors.joining("; "));
    }

    private RecordedContact view(Contact contact) {
        var accountName = contact.accountId()
                .flatMap(id -> contact.collectionCase().accounts().stream()
                        .filter(account -> account.id().equals(id))
                        .findFirst())
                .map(account -> account.externalId())
                .orElse(null);
        return new RecordedContact(
                contact.id(),
                contact.collectionCase().id(),
                accountName,
                contact.channel(),
                contact.direction(),
                contact.contactAt(),
                contact.outcome(),
                contact.delayReason().orElse(null),
                contact.notes(),
                contact.purpose(),
                contact.nextStep().orElse(null),
                contact.callbackAt().orElse(null),
                contact.agentId().flatMap(caseGuard::usernameOfAgent).orElse(null));
    }
}
