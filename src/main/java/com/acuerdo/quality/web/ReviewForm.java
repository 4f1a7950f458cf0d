package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.ReviewView;
import com.acuerdo.quality.boundary.Reviews;
import com.acuerdo.quality.control.ScoreCalculator;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The review form ({@code /qa/review.xhtml?id=…}): every criterion of the scorecard version with its
 * pre-scored answer, a comment, and the total computed live as answers change. Submitted reviews
 * are shown read-only.
 */
@Named
@ViewScoped
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reviews reviews;

    @Inject
    Messages messages;

    private Long id;
    private ReviewView view;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            show(reviews.view(id));
        } catch (QualityRuleException unknown) {
            notFound();
        } catch (Forbidden refused) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void show(ReviewView fresh) {
        view = fresh;
        answers.clear();
        comments.clear();
        for (var item : fresh.items()) {
            answers.put(item.code(), item.answer());
            comments.put(item.code(), item.comment());
        }
    }

    private String recordingUrl;

    public void attachRecording() {
        try {
            show(reviews.attachRecording(id, view.version(), recordingUrl));
            recordingUrl = null;
            messages.info("review.recordingAttached");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        }
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = recordingUrl;
    }

    public void save() {
        try {
            show(reviews.save(id, view.version(), given()));
            messages.info("review.saved");
        } catch (OptimisticLockException | jakarta.ejb.EJBException changed) {
            messages.error("review.conflict");
        }
    }

    /** Submits when every criterion is answered and every required comment written; else says which. */
    public String submit() {
        var problems = problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> messages.error(problem[0], problem[1]));
            return null;
        }
        try {
            var done = reviews.submit(id, view.version(), given());
            if (done.calibrationSessionId() != null) {
                messages.info("calibration.scored", done.score().toPlainString());
            } else {
                messages.info(
                        done.criticalFailed() ? "review.submitted.critical" : "review.submitted",
                        done.score().toPlainString());
            }
            ReviewQueuePage.keepMessages();
            return done.calibrationSessionId() == null
                    ? "/qa/queue?faces-redirect=true"
                    : "/qa/calibration?faces-redirect=true&id=" + done.calibrationSessionId();
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
            return null;
        } catch (OptimisticLockException | jakarta.ejb.EJBException changed) {
            messages.error("review.conflict");
            return null;
        }
    }

    private List<String[]> problems() {
        var problems = new java.util.ArrayList<String[]>();
        for (var item : view.unanswered(answers)) {
            problems.add(new String[] {"review.unanswered", text(item)});
        }
        for (var item : view.items()) {
            var comment = comments.get(item.code());
            if (item.commentRequiredOnFail()
                    && item.isFail(answers.get(item.code()))
                    && (comment == null || comment.isBlank())) {
                problems.add(new String[] {"review.commentRequired", text(item)});
            }
        }
        return problems;
    }

    private String text(ReviewView.Item item) {
        return isEnglish() ? item.textEn() : item.textEs();
    }

    private Map<String, Reviews.Answer> given() {
        var given = new HashMap<String, Reviews.Answer>();
        answers.forEach((code, value) -> given.put(code, new Reviews.Answer(value, comments.get(code))));
        return given;
    }

    /** The live total of the answers given so far. */
    public ScoreCalculator.Result getTotal() {
        return view == null ? null : view.totalWith(answers);
    }

    public int getAnswered() {
        return view == null ? 0 : view.items().size() - view.unanswered(answers).size();
    }

    public List<Integer> scale(Integer max) {
        return max == null ? List.of() : IntStream.rangeClosed(0, max).boxed().toList();
    }

    public boolean isEnglish() {
        var root = FacesContext.getCurrentInstance().getViewRoot();
        return root != null && root.getLocale().getLanguage().equals("en");
    }

    public boolean isOverriding(ReviewView.Item item) {
        return item.prescored() && item.answer() != null && !item.answer().equals(answers.get(item.code()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewView getView() {
        return view;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getComments() {
        return comments;
    }
}
