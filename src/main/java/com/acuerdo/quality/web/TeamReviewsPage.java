package com.acuerdo.quality.web;

import com.acuerdo.quality.boundary.ReviewView;
import com.acuerdo.quality.boundary.Reviews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The supervisor's view of their team's reviews ({@code /supervisor/reviews.xhtml}). */
@Named
@ViewScoped
public class TeamReviewsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    private List<ReviewView> team = List.of();

    public void load() {
        team = reviews.ofTeams();
    }

    public List<ReviewView> getReviews() {
        return team;
    }
}
