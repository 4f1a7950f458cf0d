package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.QueuedReview;
import com.acuerdo.quality.boundary.ReviewQueue;
import com.acuerdo.quality.boundary.ReviewView;
import com.acuerdo.quality.boundary.Reviews;
import com.acuerdo.quality.boundary.Sampling;
import com.acuerdo.quality.entity.QualityRuleException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The QA home: the current period's review queue, the caller's open drafts, and sampling. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueue queue;

    @Inject
    Reviews reviews;

    @Inject
    Sampling sampling;

    @Inject
    Messages messages;

    private List<QueuedReview> queued = List.of();
    private List<ReviewView> drafts = List.of();
    private long total;
    private LocalDate businessDate;

    public void load() {
        businessDate = queue.businessDate();
        queued = queue.currentPeriod();
        total = queue.countCurrentPeriod();
        drafts = reviews.draftsOfCaller();
    }

    /** Tops up the period's sample and shows the queue again. */
    public void sample() {
        int added = sampling.sampleCurrentPeriod();
        messages.info("qa.sampled", added);
        load();
    }

    /** Opens the review of a queued contact. */
    public String start(long sampleId) {
        try {
            var reviewId = reviews.start(sampleId);
            return "/qa/review?faces-redirect=true&id=" + reviewId;
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
            load();
            return null;
        }
    }

    public List<QueuedReview> getReviews() {
        return queued;
    }

    public List<ReviewView> getDrafts() {
        return drafts;
    }

    public long getTotal() {
        return total;
    }

    public boolean isPartial() {
        return total > queued.size();
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public LocalDate getPeriodStart() {
        return Sampling.periodOf(businessDate)[0];
    }

    public LocalDate getPeriodEnd() {
        return Sampling.periodOf(businessDate)[1];
    }

    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
