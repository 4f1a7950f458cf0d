package com.acuerdo.arrangement.web;

import com.acuerdo.arrangement.boundary.ApprovalQueue;
import com.acuerdo.arrangement.boundary.PendingApproval;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisors' approval queue: arrangements beyond the soft limits, oldest first, approved (reason
 * optional) or rejected (reason required). A decision on something another person decided or changed
 * meanwhile is not applied: the supervisor is told to reload.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalQueue queue;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private List<PendingApproval> pending = List.of();
    private final Map<Long, String> decisionReasons = new HashMap<>();

    public void load() {
        pending = queue.pendingForReview();
        decisionReasons.clear();
    }

    public void approve(PendingApproval line) {
        var arrangement = line.arrangement();
        try {
            queue.approve(arrangement.arrangementId(), reasonFor(arrangement.arrangementId()), arrangement.version());
            messages.info("approvals.approved", line.clientName());
            load();
        } catch (Refusal refused) {
            tell(refused);
        }
    }

    public void reject(PendingApproval line) {
        var arrangement = line.arrangement();
        try {
            queue.reject(arrangement.arrangementId(), reasonFor(arrangement.arrangementId()), arrangement.version());
            messages.info("approvals.rejected", line.clientName());
            load();
        } catch (Refusal refused) {
            tell(refused);
        }
    }

    /** Someone else's decision wins; anything else is a reason to fix here. */
    private void tell(Refusal refused) {
        if (refused.kind() == Refusal.Kind.CONFLICT) {
            messages.error("approvals.conflict");
        } else {
            reasons.addErrors(refused);
        }
    }

    private String reasonFor(long arrangementId) {
        var reason = decisionReasons.get(arrangementId);
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    public List<PendingApproval> getPending() {
        return pending;
    }

    /** The reason typed on each line, by arrangement id. */
    public Map<Long, String> getDecisionReasons() {
        return decisionReasons;
    }
}
