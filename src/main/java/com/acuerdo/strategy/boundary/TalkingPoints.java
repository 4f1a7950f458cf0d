package com.acuerdo.strategy.boundary;

import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.TalkingPointDraft;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.TalkingPoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The talking points of each objective: admins schedule and withdraw versions, supervisors propose. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class TalkingPoints {

    static final String TALKING_POINT = "TALKING_POINT";

    @Inject
    ConfigurationChanges changes;

    /** Every version of every talking point of the objective, by order then code, newest version first. */
    public List<TalkingPointVersion> talkingPointHistory(Objective objective) {
        var rows = rows(objective);
        var state = changes.states(rows, TalkingPoint::code, TalkingPoint::effectiveFrom);
        return rows.stream()
                .sorted(Comparator.comparing(TalkingPoint::code)
                        .thenComparing(TalkingPoint::effectiveFrom, Comparator.reverseOrder()))
                .map(point -> TalkingPointVersion.of(point, state.apply(point)))
                .toList();
    }

    /** The checklist agents see on a date (what the case page shows). */
    public List<TalkingPointVersion> talkingPointsOn(Objective objective, LocalDate date) {
        var today = changes.today();
        return InForce.perKey(
                        date,
                        rows(objective),
                        TalkingPoint::code,
                        TalkingPoint::effectiveFrom,
                        TalkingPoint::isWithdrawn)
                .stream()
                .sorted(Comparator.comparingInt(TalkingPoint::sortOrder).thenComparing(TalkingPoint::code))
                .map(point -> TalkingPointVersion.of(
                        point, point.effectiveFrom().isAfter(today) ? VersionState.SCHEDULED : VersionState.IN_FORCE))
                .toList();
    }

    /** A new version of a talking point (new or changed) from the date on. */
    @RolesAllowed(Role.Names.ADMIN)
    public TalkingPointVersion scheduleTalkingPoint(TalkingPointDraft draft, LocalDate effectiveFrom) {
        return store(toPoint(checked(draft, effectiveFrom), effectiveFrom), "");
    }

    /** Retires a talking point from the date on; earlier versions stay in the history. */
    @RolesAllowed(Role.Names.ADMIN)
    public TalkingPointVersion withdrawTalkingPoint(Objective objective, String code, LocalDate effectiveFrom) {
        var current = changes.toWithdraw(
                versions(objective, code), TalkingPoint::effectiveFrom, TalkingPoint::isWithdrawn, code, effectiveFrom);
        return store(TalkingPoint.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeTalkingPoint(TalkingPointDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checked(draft, effectiveFrom);
        var payload = Json.createObjectBuilder()
                .add("objective", checked.objective().name())
                .add("code", checked.code())
                .add("sortOrder", checked.sortOrder())
                .add("mandatory", checked.mandatory())
                .add("textEs", checked.textEs())
                .add("textEn", checked.textEn())
                .build();
        return changes.propose(
                ConfigurationProposal.Kind.TALKING_POINT,
                checked.objective() + "/" + checked.code(),
                payload,
                effectiveFrom,
                reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = draftOf(payload);
        ConfigurationChanges.refuseIfAny(ConfigurationRules.talkingPoint(draft));
        store(toPoint(draft, from), note);
    }

    static String summary(JsonObject payload) {
        var draft = draftOf(payload);
        return "#" + draft.sortOrder() + (draft.mandatory() ? " (!) " : " ") + "ES: " + draft.textEs() + " · EN: "
                + draft.textEn();
    }

    private TalkingPointDraft checked(TalkingPointDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        changes.check(ConfigurationRules.talkingPoint(checked), effectiveFrom);
        return checked;
    }

    private static TalkingPoint toPoint(TalkingPointDraft draft, LocalDate from) {
        return new TalkingPoint(
                draft.objective(),
                draft.code(),
                draft.sortOrder(),
                draft.mandatory(),
                draft.textEs(),
                draft.textEn(),
                from);
    }

    private TalkingPointVersion store(TalkingPoint point, String note) {
        var before = inForce(point.objective(), point.code(), point.effectiveFrom());
        changes.schedule(
                versions(point.objective(), point.code()), TalkingPoint::effectiveFrom, point.effectiveFrom(), point);
        changes.recordScheduled(
                TALKING_POINT,
                point.objective() + "/" + point.code(),
                point.effectiveFrom(),
                note,
                before.map(TalkingPoints::describe).orElse("(none)"),
                describe(point));
        return TalkingPointVersion.of(point, VersionState.SCHEDULED);
    }

    private Optional<TalkingPoint> inForce(Objective objective, String code, LocalDate date) {
        return InForce.on(date, versions(objective, code), TalkingPoint::effectiveFrom)
                .filter(point -> !point.isWithdrawn());
    }

    private List<TalkingPoint> versions(Objective objective, String code) {
        return rows(objective).stream().filter(row -> row.code().equals(code)).toList();
    }

    private List<TalkingPoint> rows(Objective objective) {
        return changes.em()
                .createQuery("SELECT t FROM TalkingPoint t WHERE t.objective = :objective", TalkingPoint.class)
                .setParameter("objective", objective)
                .getResultList();
    }

    private static TalkingPointDraft draftOf(JsonObject payload) {
        return new TalkingPointDraft(
                Objective.valueOf(payload.getString("objective")),
                payload.getString("code"),
                payload.getInt("sortOrder"),
                payload.getBoolean("mandatory"),
                payload.getString("textEs"),
                payload.getString("textEn"));
    }

    private static String describe(TalkingPoint point) {
        if (point.isWithdrawn()) {
            return "{withdrawn}";
        }
        return "{order=" + point.sortOrder() + ", mandatory=" + point.isMandatory() + ", es=\"" + point.textEs()
                + "\", en=\"" + point.textEn() + "\"}";
    }
}
