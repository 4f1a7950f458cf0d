package com.acuerdo.arrangement.boundary;

import static com.acuerdo.arrangement.entity.ArrangementEvent.ARRANGEMENT;

import com.acuerdo.arrangement.entity.ArrangementEvent;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.AgentRepository;
import com.acuerdo.team.entity.Team;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The supervisors' approval queue: arrangements beyond the soft limits of the policy, oldest first.
 * A supervisor sees and decides those of their teams' cases, an admin all. A rejection needs a
 * reason, which the agent sees on the arrangement. A decision made on a stale version (someone
 * decided or changed it meanwhile) is a conflict; nothing is overwritten.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ApprovalQueue {

    static final int PAGE = 200;
    static final int MAX_REASON = 500;

    @Inject
    Negotiation negotiation;

    @Inject
    com.acuerdo.arrangement.entity.Arrangements arrangements;

    @Inject
    CaseGuard guard;

    @Inject
    CurrentUser currentUser;

    @Inject
    AgentRepository agents;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<ArrangementView> pending() {
        return pendingArrangements().stream().map(ArrangementView::of).toList();
    }

    /** The same queue as the approval screen shows it: with the client, the account and the agent. */
    public List<PendingApproval> pendingForReview() {
        var found = pendingArrangements();
        var agentNames = new HashMap<Long, String>();
        found.stream()
                .map(a -> a.requestedByAgentId().orElse(null))
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> agents.find(id).ifPresent(agent -> agentNames.put(id, agent.displayName())));
        return found.stream().map(a -> review(a, agentNames)).toList();
    }

    private static PendingApproval review(PaymentArrangement arrangement, Map<Long, String> agentNames) {
        var account = arrangement.account();
        return new PendingApproval(
                ArrangementView.of(arrangement),
                account.customer().fullName(),
                account.balance(),
                account.lastBucket(),
                arrangement.requestedByAgentId().map(agentNames::get).orElse(null));
    }

    private List<PaymentArrangement> pendingArrangements() {
        return currentUser.isAdmin()
                ? arrangements.pendingApproval(0, PAGE)
                : arrangements.pendingApprovalOfTeams(
                        guard.callerTeams().stream().map(Team::id).toList(), 0, PAGE);
    }

    /**
     * @param expectedVersion the version the supervisor saw (null: whatever it is now)
     * @throws Refusal NOT_FOUND, CONFLICT (not pending any more, or changed meanwhile)
     */
    public ArrangementView approve(long arrangementId, String reason, Long expectedVersion) {
        requireShort(reason);
        var arrangement = pendingOne(arrangementId, expectedVersion);
        arrangement.approve(caller(), reason, Instant.now(clock));
        return decided(arrangement, ArrangementEvent.ARRANGEMENT_APPROVED);
    }

    /**
     * @param reason required: the agent learns why
     * @throws Refusal NOT_FOUND, INVALID (no reason), CONFLICT (not pending any more, or changed meanwhile)
     */
    public ArrangementView reject(long arrangementId, String reason, Long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, Reason.of("REASON_REQUIRED"));
        }
        requireShort(reason);
        var arrangement = pendingOne(arrangementId, expectedVersion);
        arrangement.reject(caller(), reason, Instant.now(clock));
        return decided(arrangement, ArrangementEvent.ARRANGEMENT_REJECTED);
    }

    private static void requireShort(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new Refusal(
                    Refusal.Kind.INVALID,
                    Reason.of("REASON_TOO_LONG", "length", reason.strip().length(), "max", MAX_REASON));
        }
    }

    private PaymentArrangement pendingOne(long arrangementId, Long expectedVersion) {
        var arrangement = arrangements
                .find(arrangementId)
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_ARRANGEMENT", "arrangementId", arrangementId)));
        guard.requireAccess(arrangement.collectionCase(), ARRANGEMENT, arrangementId);
        if (expectedVersion != null && expectedVersion != arrangement.version()) {
            throw Negotiation.changedMeanwhile(expectedVersion, arrangement.version());
        }
        if (!arrangement.isPendingApproval()) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("NOT_PENDING_APPROVAL", "status", arrangement.status()));
        }
        return arrangement;
    }

    private ArrangementView decided(PaymentArrangement arrangement, ArrangementEvent event) {
        negotiation.flush();
        audit.record(
                event,
                ARRANGEMENT,
                arrangement.id(),
                arrangement.decisionReason().orElse("(no reason given)"));
        return ArrangementView.of(arrangement);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
