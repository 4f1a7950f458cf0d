package com.acuerdo.message.boundary;

import static com.acuerdo.message.boundary.MessageEvent.LETTER_PRODUCED;
import static com.acuerdo.message.boundary.MessageEvent.MESSAGE_REFUSED;
import static com.acuerdo.message.boundary.MessageEvent.MESSAGE_SENT;
import static com.acuerdo.message.boundary.MessageEvent.MESSAGE_TONE_REFUSED;

import com.acuerdo.account.entity.Account;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Arrangements;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.control.MoneyText;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.contact.boundary.ContactRefused;
import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.boundary.NewContact;
import com.acuerdo.contact.control.ContactIntent;
import com.acuerdo.contact.control.GuardDecision;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.message.control.DefaultMessageTemplates;
import com.acuerdo.message.control.LetterPdf;
import com.acuerdo.message.control.TemplateText;
import com.acuerdo.message.entity.MessageTemplate;
import com.acuerdo.message.entity.MessageTemplates;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.outbox.Outbox;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.promise.entity.Promises;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.AgentRepository;
import com.acuerdo.tone.boundary.ToneList;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Templated messages to a case's client: SMS and e-mail through the outbox, letters as printable
 * PDFs. Always in the client's language, with the client's values. Sending is, in this order and in
 * one transaction: the row-level rule, the contact guard for the channel (refused: its reasons,
 * nothing sent), the tone check on the whole text (refused: the expressions and where they are),
 * then the outbox message and the outbound contact together, and an audit event.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Messaging {

    /** What an agent may add to a template (an SMS stays short; a letter takes no free text). */
    public static final int MAX_AGENT_TEXT = 500;

    static final String CASE = "CASE";

    @Inject
    CollectionCases cases;

    @Inject
    CaseGuard caseGuard;

    @Inject
    Contacts contacts;

    @Inject
    ToneList tone;

    @Inject
    Outbox outbox;

    @Inject
    MessageTemplates templates;

    @Inject
    Promises promises;

    @Inject
    Arrangements arrangements;

    @Inject
    AgentRepository agents;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "acuerdo.bank.name", defaultValue = "Banco Acuerdo")
    String bankName;

    /** The templates the agent may choose on a channel, in the client's language. */
    public List<TemplateChoice> templates(long caseId, Channel channel) {
        var kase = openCase(caseId);
        var known = values(kase, kase.customer().language().locale()).keySet();
        return templates.inForce(channel, kase.customer().language(), calendar.today()).stream()
                .map(t -> new TemplateChoice(
                        t.code(),
                        t.channel(),
                        t.language(),
                        t.revision(),
                        t.subject().orElse(null),
                        known.containsAll(TemplateText.placeholders(t.body()))
                                && known.containsAll(
                                        TemplateText.placeholders(t.subject().orElse(null)))))
                .toList();
    }

    /**
     * The message as the client would read it; nothing is sent or recorded.
     *
     * @throws com.acuerdo.message.control.MissingValues when the case lacks a value the template needs
     */
    public Draft preview(long caseId, Channel channel, String templateCode, String agentText) {
        return compose(openCase(caseId), channel, templateCode, agentText);
    }

    /**
     * @throws ContactRefused the guard does not allow the channel now (audited; nothing sent)
     * @throws OffensiveText the text contains expressions of the tone list (audited; nothing sent)
     */
    public Sent send(long caseId, Channel channel, String templateCode, String agentText) {
        if (!channel.isWritten()) {
            throw new IllegalArgumentException("messages go by SMS or e-mail; letters are printed");
        }
        var kase = openCase(caseId);
        var draft = compose(kase, channel, templateCode, agentText);
        var now = Instant.now(clock);
        var purpose = purposeOf(templateCode);
        requireGuard(kase, channel, purpose, now);
        requireTone(kase, draft);
        long outboxId = outbox.enqueue(
                channel,
                kase.customer().id(),
                draft.recipient(),
                draft.language(),
                draft.subject(),
                draft.body(),
                null);
        var contact = contacts.record(caseId, contact(channel, now, draft, purpose, "outbox " + outboxId));
        audit.record(
                MESSAGE_SENT,
                CASE,
                caseId,
                channel + " " + templateCode + " r" + draft.revision() + " ("
                        + draft.language().code() + ") to "
                        + draft.recipient() + ": outbox " + outboxId + ", contact " + contact.id()
                        + (agentText == null || agentText.isBlank() ? "" : ", with the agent's text"));
        return new Sent(outboxId, contact.id(), draft);
    }

    /**
     * A printable letter from a LETTER template, recorded as an outbound letter to the client.
     *
     * @throws ContactRefused the guard does not allow a letter now (audited; nothing produced)
     * @throws OffensiveText the template's text contains expressions of the tone list
     */
    public Letter letter(long caseId, String templateCode) {
        var kase = openCase(caseId);
        var draft = compose(kase, Channel.LETTER, templateCode, null);
        var now = Instant.now(clock);
        var purpose = purposeOf(templateCode);
        requireGuard(kase, Channel.LETTER, purpose, now);
        requireTone(kase, draft);
        var customer = kase.customer();
        var locale = draft.language().locale();
        var pdf = LetterPdf.render(new LetterPdf.Letter(
                bankName,
                date(calendar.today(), locale),
                customer.fullName(),
                draft.subject(),
                draft.body(),
                bankName + " · " + customer.externalId() + " · " + caseId));
        var contact = contacts.record(caseId, contact(Channel.LETTER, now, draft, purpose, "PDF"));
        audit.record(
                LETTER_PRODUCED,
                CASE,
                caseId,
                templateCode + " r" + draft.revision() + " (" + draft.language().code() + "), contact " + contact.id());
        return new Letter(fileName(templateCode, customer, calendar.today()), pdf, contact.id());
    }

    private CollectionCase openCase(long caseId) {
        var kase = cases.find(caseId)
                .orElseThrow(() -> new MessageRefused(MessageRefused.CASE_CLOSED, "unknown case " + caseId));
        caseGuard.requireAccess(kase, CASE, caseId);
        if (!kase.isOpen()) {
            throw new MessageRefused(MessageRefused.CASE_CLOSED, "case " + caseId + " is closed");
        }
        return kase;
    }

    private Draft compose(CollectionCase kase, Channel channel, String templateCode, String agentText) {
        var customer = kase.customer();
        var language = customer.language();
        MessageTemplate template = templates
                .inForce(templateCode, channel, language, calendar.today())
                .orElseThrow(() -> new MessageRefused(
                        MessageRefused.UNKNOWN_TEMPLATE,
                        "no " + channel + " template " + templateCode + " in " + language.code()));
        if (agentText != null && agentText.length() > MAX_AGENT_TEXT) {
            throw new MessageRefused(MessageRefused.TOO_LONG, "agent text over " + MAX_AGENT_TEXT + " characters");
        }
        var recipient =
                switch (channel) {
                    case SMS -> customer.phone();
                    case EMAIL -> customer.email();
                    default -> null;
                };
        if (channel.isWritten() && (recipient == null || recipient.isBlank())) {
            throw new MessageRefused(MessageRefused.NO_ADDRESS, "the client has no " + channel + " address");
        }
        var values = values(kase, language.locale());
        var subject = template.subject()
                .map(text -> TemplateText.render(text, values))
                .orElse(null);
        var body = TemplateText.render(template.body(), values);
        if (agentText != null && !agentText.isBlank()) {
            body = body + (channel == Channel.SMS ? " " : "\n\n") + agentText.strip();
        }
        return new Draft(template.code(), template.revision(), channel, language, recipient, subject, body);
    }

    /** The values a template may use; a value the case does not have is absent (and refuses its template). */
    private Map<String, String> values(CollectionCase kase, Locale locale) {
        var customer = kase.customer();
        var values = new HashMap<String, String>();
        values.put("clientName", customer.fullName());
        values.put("bankName", bankName);
        values.put("today", date(calendar.today(), locale));
        values.put(
                "amount",
                MoneyText.format(
                        kase.accounts().stream()
                                .sorted(Comparator.comparing(Account::externalId))
                                .map(Account::balance)
                                .toList(),
                        locale));
        caseGuard
                .callerAgent()
                .or(() -> kase.assignedAgentId().flatMap(agents::find))
                .map(Agent::displayName)
                .ifPresent(name -> values.put("agentName", name));
        promises.ofCase(kase.id()).stream()
                .filter(p -> p.status() == PromiseStatus.OPEN)
                .min(Comparator.comparing(PromiseToPay::dueOn))
                .ifPresent(p -> {
                    values.put("promiseAmount", MoneyText.format(p.amount(), locale));
                    values.put("dueDate", date(p.dueOn(), locale));
                });
        arrangements.ofCase(kase.id()).stream()
                .filter(a -> a.status() == ArrangementStatus.ACTIVE)
                .reduce((first, second) -> second)
                .ifPresent(a -> {
                    values.put("arrangementTotal", MoneyText.format(a.totalAfterDiscount(), locale));
                    values.put("instalments", String.valueOf(a.instalments().size()));
                    values.put("firstDueDate", date(a.firstDueOn(), locale));
                });
        return values;
    }

    private void requireGuard(CollectionCase kase, Channel channel, ContactPurpose purpose, Instant now) {
        GuardDecision decision;
        if (purpose == ContactPurpose.COLLECTION) {
            decision = contacts.check(kase.id(), channel, now);
        } else {
            // The confirmation of a cease request: the guard lets it through a cease restriction.
            var account = kase.accounts().stream()
                    .min(Comparator.comparing(Account::externalId))
                    .orElseThrow();
            decision = contacts.check(account.externalId(), new ContactIntent(channel, now, purpose, null));
        }
        if (!decision.allowed()) {
            audit.recordRegardless(
                    callerName(),
                    MESSAGE_REFUSED,
                    CASE,
                    kase.id(),
                    channel + " refused by the contact guard: " + decision.reasons());
            throw new ContactRefused(decision);
        }
    }

    private void requireTone(CollectionCase kase, Draft draft) {
        var check = tone.inForce();
        var subjectHits = check.hits(draft.subject());
        var hits = check.hits(draft.body());
        if (!subjectHits.isEmpty() || !hits.isEmpty()) {
            var refusal = new OffensiveText(draft.subject(), subjectHits, draft.body(), hits);
            audit.recordRegardless(
                    callerName(),
                    MESSAGE_TONE_REFUSED,
                    CASE,
                    kase.id(),
                    draft.channel() + " " + draft.templateCode() + " " + refusal.getMessage());
            throw refusal;
        }
    }

    private static NewContact contact(Channel channel, Instant at, Draft draft, ContactPurpose purpose, String where) {
        var notes = "[" + draft.templateCode() + " r" + draft.revision() + ", " + where + "] "
                + (draft.subject() == null ? "" : draft.subject() + " — ") + draft.body();
        if (notes.length() > Contact.MAX_NOTES) {
            notes = notes.substring(0, Contact.MAX_NOTES - 1) + "…";
        }
        return new NewContact(
                channel,
                Direction.OUTBOUND,
                at,
                ContactOutcome.DELIVERED,
                null,
                notes,
                Set.of(),
                null,
                null,
                purpose,
                null);
    }

    private static ContactPurpose purposeOf(String templateCode) {
        return DefaultMessageTemplates.CEASE_CONFIRMATION.equals(templateCode)
                ? ContactPurpose.CEASE_CONFIRMATION
                : ContactPurpose.COLLECTION;
    }

    private String callerName() {
        var name = currentUser.getUsername();
        return name == null ? Audit.SYSTEM : name;
    }

    static String date(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static String fileName(String templateCode, Customer customer, LocalDate today) {
        return (templateCode.toLowerCase(Locale.ROOT) + "-" + customer.externalId() + "-" + today + ".pdf")
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
