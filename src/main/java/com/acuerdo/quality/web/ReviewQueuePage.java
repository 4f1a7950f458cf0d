package com.acuerdo.quality.web;

import com.acuerdo.quality.boundary.QueuedReview;
import com.acuerdo.quality.boundary.ReviewQueue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The QA home: the current period's review queue, read-only. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueue queue;

    private List<QueuedReview> reviews = List.of();
    private long total;
    private LocalDate businessDate;

    public void load() {
        businessDate = queue.businessDate();
        reviews = queue.currentPeriod();
        total = queue.countCurrentPeriod();
    }

    public List<QueuedReview> getReviews() {
        return reviews;
    }

    public long getTotal() {
        return total;
    }

    public boolean isPartial() {
        return total > reviews.size();
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }
}
