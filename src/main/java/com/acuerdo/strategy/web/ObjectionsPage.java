package com.acuerdo.strategy.web;

import com.acuerdo.strategy.boundary.ObjectionGuides;
import com.acuerdo.strategy.boundary.ObjectionVersion;
import com.acuerdo.strategy.control.ObjectionDraft;
import com.acuerdo.strategy.entity.Objective;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Objection guides (objection → suggested answers, es and en), per objective or general. */
@Named
@ViewScoped
public class ObjectionsPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;
    static final int ANSWER_ROWS = 4;

    /** One answer row of the form. */
    public static final class AnswerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String textEs;
        private String textEn;

        public String getTextEs() {
            return textEs;
        }

        public void setTextEs(String textEs) {
            this.textEs = textEs;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }
    }

    @Inject
    ObjectionGuides objectionGuides;

    private List<ObjectionVersion> history = List.of();
    private String code;
    private Objective objective;
    private String objectionEs;
    private String objectionEn;
    private final List<AnswerRow> answers = new ArrayList<>();

    public void load() {
        defaultEffectiveDate();
        if (answers.isEmpty()) {
            clearAnswers();
        }
        history = objectionGuides.objectionHistory();
    }

    private void clearAnswers() {
        answers.clear();
        for (int i = 0; i < ANSWER_ROWS; i++) {
            answers.add(new AnswerRow());
        }
    }

    public void edit(ObjectionVersion version) {
        var guide = version.guide();
        code = guide.code();
        objective = guide.objective();
        objectionEs = guide.objectionEs();
        objectionEn = guide.objectionEn();
        clearAnswers();
        for (int i = 0; i < guide.answers().size(); i++) {
            if (i == answers.size()) {
                answers.add(new AnswerRow());
            }
            answers.get(i).setTextEs(guide.answers().get(i).textEs());
            answers.get(i).setTextEn(guide.answers().get(i).textEn());
        }
    }

    public void save() {
        var draft = new ObjectionDraft(
                code,
                objective,
                objectionEs,
                objectionEn,
                answers.stream()
                        .map(row -> new ObjectionDraft.Answer(row.getTextEs(), row.getTextEn()))
                        .toList());
        submit(
                () -> objectionGuides.scheduleObjectionGuide(draft, effectiveFrom),
                () -> objectionGuides.proposeObjectionGuide(draft, effectiveFrom, reason),
                () -> history = objectionGuides.objectionHistory());
    }

    public void withdraw(ObjectionVersion version) {
        act(
                () -> objectionGuides.withdrawObjectionGuide(version.guide().code(), effectiveFrom),
                () -> history = objectionGuides.objectionHistory(),
                "cfg.withdrawn",
                version.guide().code(),
                effectiveFrom);
    }

    public Objective[] getObjectives() {
        return Objective.values();
    }

    public List<ObjectionVersion> getHistory() {
        return history;
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Objective getObjective() {
        return objective;
    }

    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    public String getObjectionEs() {
        return objectionEs;
    }

    public void setObjectionEs(String objectionEs) {
        this.objectionEs = objectionEs;
    }

    public String getObjectionEn() {
        return objectionEn;
    }

    public void setObjectionEn(String objectionEn) {
        this.objectionEn = objectionEn;
    }
}
