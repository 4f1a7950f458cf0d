package com.acuerdo.strategy.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.entity.MessageTemplate;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.TemplateDraft;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.tone.control.ToneHit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The message templates (es, en; SMS, e-mail, letter): each change is a new revision from its date. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class Templates {

    static final String TEMPLATE = "MESSAGE_TEMPLATE";

    @Inject
    ConfigurationChanges changes;

    @Inject
    ToneExpressions toneList;

    /** Every revision of every template, by code, channel and language, newest first. */
    public List<TemplateVersion> templateHistory() {
        var rows = changes.em()
                .createQuery(
                        "SELECT t FROM MessageTemplate t ORDER BY t.code, t.channel, t.language, t.effectiveFrom DESC",
                        MessageTemplate.class)
                .getResultList();
        Function<MessageTemplate, String> key = t -> t.code() + "/" + t.channel() + "/" + t.language();
        var state = changes.states(rows, key, MessageTemplate::effectiveFrom);
        return rows.stream()
                .map(t -> new TemplateVersion(
                        t.code(),
                        t.channel(),
                        t.language(),
                        t.subject().orElse(null),
                        t.body(),
                        t.revision(),
                        t.effectiveFrom(),
                        state.apply(t)))
                .toList();
    }

    /** The tone check of a template's subject and body with the list in force on the date. */
    public List<ToneHit> templateToneHits(String subject, String body, LocalDate date) {
        return toneList.toneCheck(toneText(subject, body), date);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public TemplateVersion scheduleTemplate(TemplateDraft draft, LocalDate effectiveFrom) {
        return store(checked(draft, effectiveFrom), effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeTemplate(TemplateDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checked(draft, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("channel", checked.channel().name())
                .add("language", checked.language().name())
                .add("body", checked.body());
        if (checked.subject() != null) {
            payload.add("subject", checked.subject());
        }
        return changes.propose(
                ConfigurationProposal.Kind.TEMPLATE, checked.key(), payload.build(), effectiveFrom, reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = new TemplateDraft(
                payload.getString("code"),
                Channel.valueOf(payload.getString("channel")),
                Language.valueOf(payload.getString("language")),
                payload.containsKey("subject") ? payload.getString("subject") : null,
                payload.getString("body"));
        store(checked(draft, from), from, note);
    }

    static String summary(JsonObject payload) {
        return (payload.containsKey("subject") ? payload.getString("subject") + " · " : "") + payload.getString("body");
    }

    /** Validation, then the tone check with the list in force on the effective date: every hit is a reason. */
    private TemplateDraft checked(TemplateDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        var reasons = new ArrayList<>(ConfigurationRules.template(checked));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, changes.today()));
        if (reasons.isEmpty()) {
            templateToneHits(checked.subject(), checked.body(), effectiveFrom)
                    .forEach(hit -> reasons.add(
                            Reason.of("CFG_TEMPLATE_TONE", "found", hit.found(), "category", hit.category())));
        }
        ConfigurationChanges.refuseIfAny(reasons);
        return checked;
    }

    private TemplateVersion store(TemplateDraft draft, LocalDate effectiveFrom, String note) {
        var sameKey = changes.em()
                .createQuery(
                        "SELECT t FROM MessageTemplate t WHERE t.code = :code AND t.channel = :channel"
                                + " AND t.language = :language",
                        MessageTemplate.class)
                .setParameter("code", draft.code())
                .setParameter("channel", draft.channel())
                .setParameter("language", draft.language())
                .getResultList();
        var before = InForce.on(effectiveFrom, sameKey, MessageTemplate::effectiveFrom)
                .map(t -> "r" + t.revision() + " \"" + t.subject().orElse("") + "\" \"" + t.body() + "\"");
        int revision =
                sameKey.stream().mapToInt(MessageTemplate::revision).max().orElse(0) + 1;
        changes.schedule(
                sameKey,
                MessageTemplate::effectiveFrom,
                effectiveFrom,
                new MessageTemplate(
                        draft.code(),
                        draft.channel(),
                        draft.language(),
                        draft.subject(),
                        draft.body(),
                        effectiveFrom,
                        revision));
        changes.recordScheduled(
                TEMPLATE,
                draft.key(),
                effectiveFrom,
                note,
                before.orElse("(none)"),
                "r" + revision + " \"" + (draft.subject() == null ? "" : draft.subject()) + "\" \"" + draft.body()
                        + "\"");
        return new TemplateVersion(
                draft.code(),
                draft.channel(),
                draft.language(),
                draft.subject(),
                draft.body(),
                revision,
                effectiveFrom,
                VersionState.SCHEDULED);
    }

    private static String toneText(String subject, String body) {
        return (subject == null ? "" : subject + "\n") + (body == null ? "" : body);
    }
}
