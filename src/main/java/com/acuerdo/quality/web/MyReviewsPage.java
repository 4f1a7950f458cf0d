package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.Coaching;
import com.acuerdo.quality.boundary.CoachingView;
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

/** The agent's reviews ({@code /agent/reviews.xhtml}): each with its answers; acknowledge or dispute. */
@Named
@ViewScoped
public class MyReviewsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    Coaching coaching;

    @Inject
    Messages messages;

    private List<ReviewView> mine = List.of();
    private List<CoachingView> actions = List.of();
    private final Map<Long, String> disputeReasons = new HashMap<>();

    public void load() {
        mine = reviews.mine();
        actions = coaching.mine();
    }

    public void acknowledgeCoaching(CoachingView action) {
        try {
            coaching.acknowledge(action.actionId(), action.version());
            messages.info("coaching.acknowledged");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
    }

    public List<CoachingView> getCoaching() {
        return actions;
    }

    public void acknowledge(ReviewView review) {
        try {
            reviews.acknowledge(review.reviewId(), review.version());
            messages.info("myReviews.acknowledged");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
    }

    public void dispute(ReviewView review) {
        var reason = disputeReasons.get(review.reviewId());
        if (reason == null || reason.isBlank()) {
            messages.error("myReviews.reasonRequired");
            return;
        }
        try {
            reviews.dispute(review.reviewId(), review.version(), reason);
            disputeReasons.remove(review.reviewId());
            messages.info("myReviews.disputed");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
    }

    public List<ReviewView> getReviews() {
        return mine;
    }

    public Map<Long, String> getDisputeReasons() {
        return disputeReasons;
    }
}
