package com.acuerdo.strategy.boundary;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What every kind of configuration change shares, so each kind's boundary keeps only its own rows:
 * the effective-date rule, a new version replacing the one scheduled for the same date, the history
 * states, the audit of a change and the storage of a proposal. Runs inside the calling boundary's
 * transaction and security context.
 */
@Dependent
public class ConfigurationChanges {

    static final String PROPOSAL = "CONFIG_PROPOSAL";

    @PersistenceContext
    private EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    EntityManager em() {
        return em;
    }

    LocalDate today() {
        return calendar.today();
    }

    LocalDate earliestEffectiveDate() {
        return ConfigurationRules.earliest(calendar.today());
    }

    /** Refuses with the kind's rule reasons and the effective-date ones, all at once. */
    void check(List<Reason> ruleReasons, LocalDate effectiveFrom) {
        var reasons = new ArrayList<>(ruleReasons);
        reasons.addAll(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
        refuseIfAny(reasons);
    }

    /** Refuses a date before the next business date. */
    void checkEffectiveDate(LocalDate effectiveFrom) {
        refuseIfAny(ConfigurationRules.effectiveDate(effectiveFrom, calendar.today()));
    }

    static void refuseIfAny(List<Reason> reasons) {
        if (!reasons.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, reasons);
        }
    }

    /** The version in force on the date that a withdrawal from that date retires; refused when there is none. */
    <T> T toWithdraw(
            Collection<T> versions,
            Function<T, LocalDate> from,
            Predicate<T> withdrawn,
            String code,
            LocalDate effectiveFrom) {
        checkEffectiveDate(effectiveFrom);
        return InForce.on(effectiveFrom, versions, from)
                .filter(withdrawn.negate())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_POINT", "code", code)));
    }

    /** Stores a new version; a second change for the same date replaces the scheduled one (the audit keeps both). */
    <T> void schedule(Collection<T> sameKey, Function<T, LocalDate> effectiveFrom, LocalDate from, Object version) {
        sameKey.stream().filter(row -> effectiveFrom.apply(row).equals(from)).forEach(em::remove);
        em.flush();
        em.persist(version);
    }

    void recordScheduled(String subjectType, Object subject, LocalDate from, String note, String before, String after) {
        audit.record(
                ConfigurationEvent.CONFIG_SCHEDULED,
                subjectType,
                subject,
                "from " + from + note + "; before " + before + "; after " + after);
    }

    void record(String subjectType, Object subject, String detail) {
        audit.record(ConfigurationEvent.CONFIG_SCHEDULED, subjectType, subject, detail);
    }

    /** Where each row stands today: for rows versioned per key, against that key's version in force. */
    <T, K> Function<T, VersionState> states(Collection<T> rows, Function<T, K> key, Function<T, LocalDate> from) {
        var today = calendar.today();
        var inForce =
                InForce.perKey(today, rows, key, from, row -> false).stream().collect(Collectors.toMap(key, from));
        return row -> VersionState.of(from.apply(row), inForce.get(key.apply(row)), today);
    }

    /** Where each row stands today, for rows with a single version in force. */
    <T> Function<T, VersionState> states(Collection<T> rows, Function<T, LocalDate> from) {
        var today = calendar.today();
        var inForce = InForce.on(today, rows, from).map(from).orElse(null);
        return row -> VersionState.of(from.apply(row), inForce, today);
    }

    /** A supervisor's change stored as a proposal for an admin, with its reason. */
    Proposal propose(
            ConfigurationProposal.Kind kind, String subject, JsonObject payload, LocalDate from, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_PROPOSAL_REASON_REQUIRED"));
        }
        var proposal =
                new ConfigurationProposal(kind, subject, payload.toString(), from, reason.strip(), caller(), now());
        em.persist(proposal);
        em.flush();
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSED,
                PROPOSAL,
                proposal.id(),
                kind + " " + subject + " from " + from + ": " + payload + "; reason: " + reason.strip());
        return ConfigurationProposals.view(proposal);
    }

    Instant now() {
        return Instant.now(clock);
    }

    String caller() {
        return security.getCallerPrincipal().getName();
    }
}
