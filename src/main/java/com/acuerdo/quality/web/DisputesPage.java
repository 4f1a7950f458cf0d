package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.ReviewView;
import com.acuerdo.quality.boundary.Reviews;
import com.acuerdo.quality.entity.QualityRuleException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's open disputes ({@code /supervisor/disputes.xhtml}): reject with a reason the agent
 * reads, or uphold and re-score on the review form.
 */
@Named
@ViewScoped
public class DisputesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    Messages messages;

    private List<ReviewView> disputes = List.of();
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        disputes = reviews.disputes();
    }

    public void reject(ReviewView review) {
        var reason = reasonFor(review);
        if (reason == null) {
            return;
        }
        try {
            reviews.reject(review.reviewId(), review.version(), reason);
            messages.info("disputes.rejected");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
    }

    /** Upheld: the review form opens on the re-score. */
    public String uphold(ReviewView review) {
        var reason = reasonFor(review);
        if (reason == null) {
            return null;
        }
        try {
            var revision = reviews.uphold(review.reviewId(), review.version(), reason);
            messages.info("disputes.upheld");
            ReviewQueuePage.keepMessages();
            return "/qa/review?faces-redirect=true&id=" + revision;
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
        return null;
    }

    private String reasonFor(ReviewView review) {
        var reason = reasons.get(review.reviewId());
        if (reason == null || reason.isBlank()) {
            messages.error("disputes.reasonRequired");
            return null;
        }
        return reason;
    }

    public List<ReviewView> getDisputes() {
        return disputes;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
