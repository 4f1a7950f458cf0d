package com.acuerdo.strategy.boundary;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.tone.control.ToneCheck;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.control.ToneRule;
import com.acuerdo.tone.entity.ToneCategory;
import com.acuerdo.tone.entity.ToneExpression;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tone list: expressions join and leave it from a date; a text can be tried against it on any date. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ToneExpressions {

    static final String TONE = "TONE_EXPRESSION";

    @Inject
    ConfigurationChanges changes;

    /** The language's expressions (retired ones too), alphabetically. */
    public List<ToneExpressionVersion> toneList(Language language) {
        var today = changes.today();
        return changes
                .em()
                .createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.language = :language AND e.active = TRUE"
                                + " ORDER BY e.expression, e.effectiveFrom",
                        ToneExpression.class)
                .setParameter("language", language)
                .getResultList()
                .stream()
                .map(e -> new ToneExpressionVersion(
                        e.id(),
                        e.language(),
                        e.expression(),
                        e.category(),
                        e.effectiveFrom(),
                        e.retiredFrom().orElse(null),
                        e.isInForceOn(today),
                        e.effectiveFrom().isAfter(today)
                                || e.retiredFrom()
                                        .map(from -> from.isAfter(today))
                                        .orElse(false)))
                .toList();
    }

    /** What the tone check finds in a text with the list in force on the date (scheduled changes included). */
    public List<ToneHit> toneCheck(String text, LocalDate date) {
        var rules = changes
                .em()
                .createQuery(
                        "SELECT e FROM ToneExpression e WHERE e.active = TRUE AND e.effectiveFrom <= :date"
                                + " AND (e.retiredFrom IS NULL OR e.retiredFrom > :date)",
                        ToneExpression.class)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .map(ToneRule::of)
                .toList();
        return ToneCheck.of(rules).hits(text);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ToneExpressionVersion addToneExpression(
            Language language, String expression, ToneCategory category, LocalDate effectiveFrom) {
        check(language, expression, category, effectiveFrom);
        return store(language, expression.strip(), category, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeToneExpression(
            Language language, String expression, ToneCategory category, LocalDate effectiveFrom, String reason) {
        check(language, expression, category, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("language", language.name())
                .add("expression", expression.strip())
                .add("category", category.name())
                .build();
        return changes.propose(
                ConfigurationProposal.Kind.TONE_EXPRESSION,
                language + "/" + AuditSubject.clip(expression.strip()),
                payload,
                effectiveFrom,
                reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var language = Language.valueOf(payload.getString("language"));
        var expression = payload.getString("expression");
        var category = ToneCategory.valueOf(payload.getString("category"));
        check(language, expression, category, from);
        store(language, expression, category, from, note);
    }

    static String summary(JsonObject payload) {
        return payload.getString("category") + ": \"" + payload.getString("expression") + "\"";
    }

    /** Takes an expression off the list from the date on; the row stays for the history. */
    @RolesAllowed(Role.Names.ADMIN)
    public void retireToneExpression(long id, LocalDate from) {
        changes.checkEffectiveDate(from);
        var expression = changes.em().find(ToneExpression.class, id);
        if (expression == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_TONE", "id", id));
        }
        if (from.isBefore(expression.effectiveFrom())) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    Reason.of("CFG_TONE_RETIRED_BEFORE_START", "date", from, "start", expression.effectiveFrom()));
        }
        var before = expression.retiredFrom().map(LocalDate::toString).orElse("(on the list)");
        expression.retireFrom(from);
        changes.record(
                TONE,
                expression.language() + "/" + AuditSubject.clip(expression.expression()),
                "retired from " + from + "; before " + before + "; after off the list from " + from);
    }

    private void check(Language language, String expression, ToneCategory category, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ConfigurationRules.toneExpression(language, expression, category));
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, changes.today()));
        if (reasons.isEmpty() && isListed(language, expression.strip(), effectiveFrom)) {
            reasons.add(Reason.of("CFG_TONE_DUPLICATE", "expression", expression.strip()));
        }
        ConfigurationChanges.refuseIfAny(reasons);
    }

    /** Already on the list on that date, or scheduled to join it. */
    private boolean isListed(Language language, String expression, LocalDate date) {
        return changes.em()
                        .createQuery(
                                "SELECT COUNT(e) FROM ToneExpression e WHERE e.language = :language"
                                        + " AND LOWER(e.expression) = :expression AND e.active = TRUE"
                                        + " AND (e.retiredFrom IS NULL OR e.retiredFrom > :date)",
                                Long.class)
                        .setParameter("language", language)
                        .setParameter("expression", expression.toLowerCase(Locale.ROOT))
                        .setParameter("date", date)
                        .getSingleResult()
                > 0;
    }

    private ToneExpressionVersion store(
            Language language, String expression, ToneCategory category, LocalDate from, String note) {
        var row = new ToneExpression(language, expression, category, from);
        changes.em().persist(row);
        changes.em().flush();
        changes.recordScheduled(
                TONE,
                language + "/" + AuditSubject.clip(expression),
                from,
                note,
                "(none)",
                category + " \"" + expression + "\"");
        return new ToneExpressionVersion(row.id(), language, expression, category, from, null, false, true);
    }
}
