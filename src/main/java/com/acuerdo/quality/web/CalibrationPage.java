package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.CalibrationView;
import com.acuerdo.quality.boundary.Calibrations;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibration ({@code /qa/calibration.xhtml}): the caller's sessions; with {@code ?contact=…} a form to
 * open one on that call; with {@code ?id=…} one session — blind until every review is in, then every
 * score side by side with the agreement per criterion, the spread and the distance from the expert.
 */
@Named
@ViewScoped
public class CalibrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calibrations calibrations;

    @Inject
    Messages messages;

    private Long id;
    private Long contact;
    private CalibrationView session;
    private List<Calibrations.SessionLine> sessions = List.of();
    private List<Calibrations.Reviewer> reviewers = List.of();
    private List<Long> invited = new ArrayList<>();

    public void load() throws IOException {
        try {
            if (id != null) {
                session = calibrations.view(id);
                return;
            }
            sessions = calibrations.mine();
            if (contact != null) {
                reviewers = calibrations.reviewers();
            }
        } catch (Forbidden refused) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (QualityRuleException unknown) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String open() {
        try {
            var opened = calibrations.open(contact, invited);
            messages.info("calibration.opened");
            ReviewQueuePage.keepMessages();
            return "/qa/calibration?faces-redirect=true&id=" + opened;
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
            return null;
        }
    }

    /** An answer as people read it: met, not met, N/A, or the value on a scale. */
    public String label(String answer) {
        return answer == null ? "—" : messages.textOr("review.answer." + answer, answer);
    }

    public String labels(List<String> answers) {
        return String.join(" · ", answers.stream().map(this::label).toList());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }

    public CalibrationView getSession() {
        return session;
    }

    public List<Calibrations.SessionLine> getSessions() {
        return sessions;
    }

    public List<Calibrations.Reviewer> getReviewers() {
        return reviewers;
    }

    public List<Long> getInvited() {
        return invited;
    }

    public void setInvited(List<Long> invited) {
        this.invited = invited;
    }
}
