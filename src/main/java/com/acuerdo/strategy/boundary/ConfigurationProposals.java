package com.acuerdo.strategy.boundary;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.ConfigurationProposal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Supervisors' change proposals: both roles read them, admins approve (the change is scheduled by
 * the boundary of its kind as the admin's own) or reject them with a note.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
public class ConfigurationProposals {

    @Inject
    ConfigurationChanges changes;

    @Inject
    Audit audit;

    @Inject
    TalkingPoints talkingPoints;

    @Inject
    BucketObjectives bucketObjectives;

    @Inject
    BucketRanges bucketRanges;

    @Inject
    ContactPolicies contactPolicies;

    @Inject
    WorklistWeights weights;

    @Inject
    ArrangementPolicies arrangementPolicies;

    @Inject
    ToneExpressions toneExpressions;

    @Inject
    Templates templates;

    @Inject
    ObjectionGuides objectionGuides;

    @Inject
    SolutionRoutes solutionRoutes;

    /** Pending proposals first (oldest first), then the latest decided ones. */
    public List<Proposal> proposals() {
        var em = changes.em();
        var pending = em.createQuery(
                        "SELECT p FROM ConfigurationProposal p WHERE p.status = :pending ORDER BY p.proposedAt, p.id",
                        ConfigurationProposal.class)
                .setParameter("pending", ConfigurationProposal.Status.PENDING)
                .getResultList();
        var decided = em.createQuery(
                        "SELECT p FROM ConfigurationProposal p WHERE p.status <> :pending"
                                + " ORDER BY p.decidedAt DESC, p.id DESC",
                        ConfigurationProposal.class)
                .setParameter("pending", ConfigurationProposal.Status.PENDING)
                .setMaxResults(50)
                .getResultList();
        var all = new ArrayList<>(pending);
        all.addAll(decided);
        return all.stream().map(ConfigurationProposals::view).toList();
    }

    public Optional<Proposal> proposal(long id) {
        return Optional.ofNullable(changes.em().find(ConfigurationProposal.class, id))
                .map(ConfigurationProposals::view);
    }

    /**
     * Applies the proposed change as the admin's own. A date that has passed meanwhile becomes the
     * next business date (the audit says so).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Proposal approve(long proposalId, long version, String note) {
        var proposal = pending(proposalId, version);
        var earliest = changes.earliestEffectiveDate();
        var from = proposal.effectiveFrom().isBefore(earliest) ? earliest : proposal.effectiveFrom();
        var byProposal = ", proposal " + proposal.id() + " by " + proposal.proposedBy();
        var payload = payload(proposal);
        switch (proposal.kind()) {
            case TALKING_POINT -> talkingPoints.approved(payload, from, byProposal);
            case BUCKET_OBJECTIVES -> bucketObjectives.approved(payload, from, byProposal);
            case SOLUTION_ROUTE -> solutionRoutes.approved(payload, from, byProposal);
            case OBJECTION_GUIDE -> objectionGuides.approved(payload, from, byProposal);
            case TEMPLATE -> templates.approved(payload, from, byProposal);
            case TONE_EXPRESSION -> toneExpressions.approved(payload, from, byProposal);
            case ARRANGEMENT_POLICY -> arrangementPolicies.approved(payload, from, byProposal);
            case PRIORITY_WEIGHTS -> weights.approved(payload, from, byProposal);
            case CONTACT_POLICY -> contactPolicies.approved(payload, from, byProposal);
            case BUCKET_RANGES -> bucketRanges.approved(payload, from, byProposal);
        }
        proposal.approve(changes.caller(), changes.now(), note);
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSAL_APPROVED,
                ConfigurationChanges.PROPOSAL,
                proposal.id(),
                proposal.kind() + " " + proposal.subject() + " from " + from + noteText(note));
        return view(proposal);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Proposal reject(long proposalId, long version, String note) {
        if (note == null || note.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("CFG_REJECTION_NOTE_REQUIRED"));
        }
        var proposal = pending(proposalId, version);
        proposal.reject(changes.caller(), changes.now(), note);
        audit.record(
                ConfigurationEvent.CONFIG_PROPOSAL_REJECTED,
                ConfigurationChanges.PROPOSAL,
                proposal.id(),
                proposal.kind() + " " + proposal.subject() + noteText(note));
        return view(proposal);
    }

    private ConfigurationProposal pending(long proposalId, long version) {
        var proposal = changes.em().find(ConfigurationProposal.class, proposalId);
        if (proposal == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("CFG_UNKNOWN_PROPOSAL", "id", proposalId));
        }
        if (!proposal.isPending()) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_PROPOSAL_DECIDED", "status", proposal.status()));
        }
        if (proposal.version() != version) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CFG_PROPOSAL_CHANGED"));
        }
        return proposal;
    }

    static Proposal view(ConfigurationProposal p) {
        return new Proposal(
                p.id(),
                p.kind(),
                p.subject(),
                summary(p),
                p.effectiveFrom(),
                p.reason(),
                p.proposedBy(),
                p.proposedAt(),
                p.status(),
                p.decidedBy(),
                p.decisionNote(),
                p.version());
    }

    /** The proposed rows in plain words (texts as typed: they are the content under review). */
    private static String summary(ConfigurationProposal p) {
        var payload = payload(p);
        return switch (p.kind()) {
            case TALKING_POINT -> TalkingPoints.summary(payload);
            case BUCKET_OBJECTIVES -> BucketObjectives.summary(payload);
            case CONTACT_POLICY -> ContactPolicies.summary(payload);
            case PRIORITY_WEIGHTS -> WorklistWeights.summary(payload);
            case ARRANGEMENT_POLICY -> ArrangementPolicies.summary(payload);
            case SOLUTION_ROUTE -> SolutionRoutes.summary(payload);
            case OBJECTION_GUIDE -> ObjectionGuides.summary(payload);
            case TEMPLATE -> Templates.summary(payload);
            case TONE_EXPRESSION -> ToneExpressions.summary(payload);
            case BUCKET_RANGES -> BucketRanges.summary(payload);
        };
    }

    private static JsonObject payload(ConfigurationProposal p) {
        return Json.createReader(new StringReader(p.payload())).readObject();
    }

    private static String noteText(String note) {
        return note == null || note.isBlank() ? "" : "; note: " + note.strip();
    }
}
