package com.acuerdo.strategy.boundary;

import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.control.ConfigurationJson;
import com.acuerdo.strategy.control.ConfigurationRules;
import com.acuerdo.strategy.control.PriorityFactor;
import com.acuerdo.strategy.control.WeightsDraft;
import com.acuerdo.strategy.control.WeightsPreview;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import com.acuerdo.strategy.entity.PriorityWeights;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The weights of the worklist priority factors, with a preview of the worklist they would give. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class WorklistWeights {

    static final String WEIGHTS = "PRIORITY_WEIGHTS";
    static final int PREVIEW_SAMPLE = 200;

    @Inject
    ConfigurationChanges changes;

    @Inject
    CurrentUser currentUser;

    @Resource
    SessionContext session;

    public Optional<WeightsDraft> weightsOn(LocalDate date) {
        return rows().stream()
                .filter(row -> !row.effectiveFrom().isAfter(date))
                .findFirst()
                .map(WeightsDraft::of);
    }

    /** Every version, newest first. */
    public List<WeightsVersion> weightsHistory() {
        var rows = rows();
        var state = changes.states(rows, PriorityWeights::effectiveFrom);
        return rows.stream()
                .map(row -> new WeightsVersion(WeightsDraft.of(row), row.effectiveFrom(), state.apply(row)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public WeightsVersion scheduleWeights(WeightsDraft draft, LocalDate effectiveFrom) {
        changes.check(ConfigurationRules.weights(draft), effectiveFrom);
        return store(draft, effectiveFrom, "");
    }

    @RolesAllowed(Role.Names.SUPERVISOR)
    public Proposal proposeWeights(WeightsDraft draft, LocalDate effectiveFrom, String reason) {
        changes.check(ConfigurationRules.weights(draft), effectiveFrom);
        return changes.propose(
                ConfigurationProposal.Kind.PRIORITY_WEIGHTS,
                "WEIGHTS",
                ConfigurationJson.of(draft),
                effectiveFrom,
                reason);
    }

    /** An approved proposal, scheduled as the approving admin's own change. */
    @RolesAllowed(Role.Names.ADMIN)
    public void approved(JsonObject payload, LocalDate from, String note) {
        var draft = ConfigurationJson.weights(payload);
        changes.check(ConfigurationRules.weights(draft), from);
        store(draft, from, note);
    }

    static String summary(JsonObject payload) {
        return ConfigurationJson.weights(payload).weights().toString();
    }

    /**
     * The top of a sample worklist (the highest-priority open cases: the caller's teams for a
     * supervisor, all for an admin) now and under the proposed weights.
     */
    public List<WeightsPreview.Line> previewWeights(WeightsDraft proposed, int top) {
        ConfigurationChanges.refuseIfAny(ConfigurationRules.weights(proposed));
        var current = weightsOn(changes.today())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_NO_WEIGHTS_IN_FORCE")));
        var query = session.isCallerInRole(Role.Names.ADMIN)
                ? changes.em()
                        .createQuery(
                                "SELECT c FROM CollectionCase c WHERE c.status = :open ORDER BY c.priorityScore DESC, c.id",
                                CollectionCase.class)
                : changes.em()
                        .createQuery(
                                "SELECT c FROM CollectionCase c WHERE c.status = :open AND c.teamId IN"
                                        + " (SELECT t.id FROM Team t WHERE t.supervisorUserId = :user)"
                                        + " ORDER BY c.priorityScore DESC, c.id",
                                CollectionCase.class)
                        .setParameter("user", currentUser.getUserId());
        var sample = query
                .setParameter("open", CaseStatus.OPEN)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.priorityParts")
                .setMaxResults(PREVIEW_SAMPLE)
                .getResultList()
                .stream()
                .map(kase ->
                        new WeightsPreview.SampleCase(kase.id(), kase.customer().fullName(), points(kase)))
                .toList();
        return WeightsPreview.of(sample, current.weights(), proposed.weights(), top);
    }

    private static Map<PriorityFactor, BigDecimal> points(CollectionCase kase) {
        var points = new EnumMap<PriorityFactor, BigDecimal>(PriorityFactor.class);
        for (var part : kase.priorityParts()) {
            try {
                points.merge(PriorityFactor.valueOf(part.name()), part.points(), BigDecimal::add);
            } catch (IllegalArgumentException notAFactor) {
                // A part named by an older rule: it counts in no factor the weights can change.
            }
        }
        return points;
    }

    private WeightsVersion store(WeightsDraft draft, LocalDate effectiveFrom, String note) {
        var before = weightsOn(effectiveFrom);
        changes.schedule(rows(), PriorityWeights::effectiveFrom, effectiveFrom, draft.toWeights(effectiveFrom));
        changes.recordScheduled(
                WEIGHTS,
                "WEIGHTS",
                effectiveFrom,
                note,
                before.map(ConfigurationJson::of).map(Object::toString).orElse("(none)"),
                ConfigurationJson.of(draft).toString());
        return new WeightsVersion(draft, effectiveFrom, VersionState.SCHEDULED);
    }

    private List<PriorityWeights> rows() {
        return changes.em()
                .createQuery("SELECT w FROM PriorityWeights w ORDER BY w.effectiveFrom DESC", PriorityWeights.class)
                .getResultList();
    }
}
