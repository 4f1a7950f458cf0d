package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.Coaching;
import com.acuerdo.quality.boundary.CoachingView;
import com.acuerdo.quality.entity.CoachingOutcome;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's coaching page ({@code /supervisor/coaching.xhtml}, optionally {@code ?review=…&agent=…}
 * when opened from a review): set an action for an agent, follow it up, close it with its outcome.
 */
@Named
@ViewScoped
public class CoachingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Coaching coaching;

    @Inject
    Messages messages;

    private List<CoachingView> actions = List.of();
    private List<Coaching.Coachee> coachees = List.of();
    private List<Coaching.Focus> focuses = List.of();

    private Long review;
    private Long agent;
    private String focus;
    private String goal;
    private LocalDate dueDate;

    private final Map<Long, String> notes = new HashMap<>();
    /** Values as the form posts them (enum names): a map entry has no type for JSF to convert to. */
    private final Map<Long, String> outcomes = new HashMap<>();

    public void load() {
        actions = coaching.ofTeam();
        coachees = coaching.coachees();
        focuses = coaching.focuses();
    }

    public void create() {
        if (agent == null) {
            messages.error("coaching.agentRequired");
            return;
        }
        try {
            coaching.create(agent, review, focus, goal, dueDate);
            messages.info("coaching.created");
            review = null;
            focus = null;
            goal = null;
            dueDate = null;
            load();
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (Forbidden refused) {
            messages.error("coaching.notYourAgent");
        }
    }

    public void followUp(CoachingView action) {
        act(
                () -> coaching.followUp(action.actionId(), action.version(), notes.get(action.actionId())),
                "coaching.noted");
    }

    public void close(CoachingView action) {
        act(
                () -> coaching.close(
                        action.actionId(), action.version(), outcomeOf(action), notes.get(action.actionId())),
                "coaching.closed");
    }

    private CoachingOutcome outcomeOf(CoachingView action) {
        var chosen = outcomes.get(action.actionId());
        return chosen == null || chosen.isBlank() ? null : CoachingOutcome.valueOf(chosen);
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            messages.info(done);
            notes.clear();
            outcomes.clear();
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        } catch (OptimisticLockException | EJBException changed) {
            messages.error("review.conflict");
        }
        load();
    }

    public CoachingOutcome[] getOutcomeValues() {
        return CoachingOutcome.values();
    }

    public List<CoachingView> getActions() {
        return actions;
    }

    public List<Coaching.Coachee> getCoachees() {
        return coachees;
    }

    public List<Coaching.Focus> getFocuses() {
        return focuses;
    }

    public Long getReview() {
        return review;
    }

    public void setReview(Long review) {
        this.review = review;
    }

    public Long getAgent() {
        return agent;
    }

    public void setAgent(Long agent) {
        this.agent = agent;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }
}
