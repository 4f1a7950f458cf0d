package com.acuerdo.strategy.boundary;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.InForce;
import com.acuerdo.strategy.control.ObjectionDraft;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.SuggestedAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The objection guides (objection → suggested answers, per objective or general), versioned per code. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ObjectionGuides {

    static final String OBJECTION = "OBJECTION_GUIDE";

    @Inject
    ConfigurationChanges changes;

    /** Every version of every guide, by code, newest first. */
    public List<ObjectionVersion> objectionHistory() {
        var rows = rows();
        var state = changes.states(rows, ObjectionGuide::code, ObjectionGuide::effectiveFrom);
        return rows.stream()
                .map(row ->
                        new ObjectionVersion(draftOf(row), row.effectiveFrom(), row.isWithdrawn(), state.apply(row)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ObjectionVersion scheduleObjectionGuide(ObjectionDraft draft, LocalDate effectiveFrom) {
        return store(toGuide(checked(draft, effectiveFrom), effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ObjectionVersion withdrawObjectionGuide(String code, LocalDate effectiveFrom) {
        var current = changes.toWithdraw(
                versions(code), ObjectionGuide::effectiveFrom, ObjectionGuide::isWithdrawn, code, effectiveFrom);
        return store(ObjectionGuide.withdrawal(current, effectiveFrom), "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeObjectionGuide(ObjectionDraft draft, LocalDate effectiveFrom, String reason) {
        var checked = checked(draft, effectiveFrom);
        var answers = Json.createArrayBuilder();
        checked.answers()
                .forEach(a -> answers.add(
                        Json.createObjectBuilder().add("es", a.textEs()).add("en", a.textEn())));
        var payload = Json.createObjectBuilder()
                .add("code", checked.code())
                .add("objectionEs", checked.objectionEs())
                .add("objectionEn", checked.objectionEn())
                .add("answers", answers);
        if (checked.objective() != null) {
            payload.add("objective", checked.objective().name());
        }
        return changes.propose(
                ConfigurationProposal.Kind.OBJECTION_GUIDE, checked.code(), payload.build(), effectiveFrom, reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = new ObjectionDraft(
                payload.getString("code"),
                payload.containsKey("objective") ? Objective.valueOf(payload.getString("objective")) : null,
                payload.getString("objectionEs"),
                payload.getString("objectionEn"),
                payload.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(a -> new ObjectionDraft.Answer(a.getString("es"), a.getString("en")))
                        .toList());
        store(toGuide(checked(draft, from), from), note);
    }

    static String summary(JsonObject payload) {
        return payload.getString("objectionEs") + " → "
                + payload.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getString("es"))
                        .collect(Collectors.joining(" | "));
    }

    private ObjectionDraft checked(ObjectionDraft draft, LocalDate effectiveFrom) {
        var checked = draft.normalised();
        changes.check(ConfigurationRules.objectionGuide(checked), effectiveFrom);
        return checked;
    }

    private static ObjectionGuide toGuide(ObjectionDraft draft, LocalDate effectiveFrom) {
        return new ObjectionGuide(
                draft.code(),
                draft.objective(),
                draft.objectionEs(),
                draft.objectionEn(),
                draft.answers().stream()
                        .map(a -> new SuggestedAnswer(a.textEs(), a.textEn()))
                        .toList(),
                effectiveFrom);
    }

    private static ObjectionDraft draftOf(ObjectionGuide guide) {
        return new ObjectionDraft(
                guide.code(),
                guide.objective().orElse(null),
                guide.objection(Language.ES),
                guide.objection(Language.EN),
                guide.answers().stream()
                        .map(a -> new ObjectionDraft.Answer(a.textEs(), a.textEn()))
                        .toList());
    }

    private static String describe(ObjectionGuide guide) {
        return guide.isWithdrawn() ? "{withdrawn}" : draftOf(guide).toString();
    }

    private ObjectionVersion store(ObjectionGuide guide, String note) {
        var sameCode = versions(guide.code());
        var before = InForce.on(guide.effectiveFrom(), sameCode, ObjectionGuide::effectiveFrom)
                .map(ObjectionGuides::describe);
        changes.schedule(sameCode, ObjectionGuide::effectiveFrom, guide.effectiveFrom(), guide);
        changes.recordScheduled(
                OBJECTION, guide.code(), guide.effectiveFrom(), note, before.orElse("(none)"), describe(guide));
        return new ObjectionVersion(draftOf(guide), guide.effectiveFrom(), guide.isWithdrawn(), VersionState.SCHEDULED);
    }

    private List<ObjectionGuide> versions(String code) {
        return rows().stream().filter(row -> row.code().equals(code)).toList();
    }

    private List<ObjectionGuide> rows() {
        return changes.em()
                .createQuery(
                        "SELECT g FROM ObjectionGuide g ORDER BY g.code, g.effectiveFrom DESC", ObjectionGuide.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "g.answers")
                .getResultList();
    }
}
