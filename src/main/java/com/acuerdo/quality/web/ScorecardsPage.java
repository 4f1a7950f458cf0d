package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.ScorecardDesigner;
import com.acuerdo.quality.boundary.ScorecardView;
import com.acuerdo.quality.entity.AnswerType;
import com.acuerdo.quality.entity.CriterionDefinition;
import com.acuerdo.quality.entity.PrescoreSource;
import com.acuerdo.quality.entity.QualityRuleException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/** The scorecard designer ({@code /qa/scorecards.xhtml}, QA and ADMIN): versions, the draft, publishing. */
@Named
@ViewScoped
public class ScorecardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScorecardDesigner designer;

    @Inject
    Messages messages;

    private List<ScorecardDesigner.Version> versions = List.of();
    private ScorecardView card;

    private String newName;
    private String sectionEs;
    private String sectionEn;

    private Long editing;
    private Long sectionId;
    private String code;
    private String textEs;
    private String textEn;
    private Integer weight;
    private AnswerType answerType = AnswerType.YES_NO_NA;
    private Integer scaleMax;
    private boolean critical;
    private boolean commentOnFail;
    private PrescoreSource prescore;

    public void load() {
        versions = designer.versions();
    }

    public void open(long scorecardId) {
        card = designer.view(scorecardId);
        clearCriterion();
    }

    public void create() {
        change(() -> designer.create(newName), "scorecards.created");
        newName = null;
    }

    public void newVersion() {
        change(() -> designer.draftOf(card.name()), "scorecards.drafted");
    }

    public void addSection() {
        change(() -> designer.addSection(card.scorecardId(), sectionEs, sectionEn), "scorecards.sectionAdded");
        sectionEs = null;
        sectionEn = null;
    }

    public void saveCriterion() {
        if (sectionId == null && editing == null) {
            messages.error("scorecards.sectionRequired");
            return;
        }
        if (critical && answerType == AnswerType.SCALE) {
            messages.error("scorecards.criticalYesNo");
            return;
        }
        if (answerType == AnswerType.SCALE && (scaleMax == null || scaleMax < 1)) {
            messages.error("scorecards.scaleMaxRequired");
            return;
        }
        try {
            var definition = new CriterionDefinition(
                    code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                    textEs,
                    textEn,
                    weight == null ? 0 : weight,
                    answerType,
                    answerType == AnswerType.SCALE ? scaleMax : null,
                    critical,
                    commentOnFail,
                    prescore);
            if (change(
                    () -> designer.saveCriterion(
                            card.scorecardId(), sectionId == null ? 0 : sectionId, editing, definition),
                    "scorecards.criterionSaved")) {
                clearCriterion();
            }
        } catch (IllegalArgumentException | NullPointerException invalid) {
            messages.error("scorecards.invalid", invalid.getMessage());
        }
    }

    public void edit(ScorecardView.Section section, ScorecardView.Criterion criterion) {
        var d = criterion.definition();
        editing = criterion.criterionId();
        sectionId = section.sectionId();
        code = d.code();
        textEs = d.textEs();
        textEn = d.textEn();
        weight = d.weight();
        answerType = d.answerType();
        scaleMax = d.scaleMax();
        critical = d.critical();
        commentOnFail = d.commentRequiredOnFail();
        prescore = d.prescoreSource();
    }

    public void removeCriterion(ScorecardView.Criterion criterion) {
        change(
                () -> designer.removeCriterion(card.scorecardId(), criterion.criterionId()),
                "scorecards.criterionRemoved");
    }

    public void publish() {
        change(() -> designer.publish(card.scorecardId()), "scorecards.published");
    }

    public void clearCriterion() {
        editing = null;
        code = null;
        textEs = null;
        textEn = null;
        weight = null;
        answerType = AnswerType.YES_NO_NA;
        scaleMax = null;
        critical = false;
        commentOnFail = false;
        prescore = null;
    }

    private boolean change(Supplier<ScorecardView> change, String done) {
        try {
            card = change.get();
            messages.info(done);
            load();
            return true;
        } catch (QualityRuleException refused) {
            messages.error(
                    refused.key(), refused.getMessage().substring(refused.key().length() + 2));
            return false;
        }
    }

    public AnswerType[] getAnswerTypes() {
        return AnswerType.values();
    }

    public PrescoreSource[] getPrescoreSources() {
        return PrescoreSource.values();
    }

    public List<ScorecardDesigner.Version> getVersions() {
        return versions;
    }

    public ScorecardView getCard() {
        return card;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getSectionEs() {
        return sectionEs;
    }

    public void setSectionEs(String sectionEs) {
        this.sectionEs = sectionEs;
    }

    public String getSectionEn() {
        return sectionEn;
    }

    public void setSectionEn(String sectionEn) {
        this.sectionEn = sectionEn;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

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

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public void setAnswerType(AnswerType answerType) {
        this.answerType = answerType;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public void setScaleMax(Integer scaleMax) {
        this.scaleMax = scaleMax;
    }

    public boolean isCritical() {
        return critical;
    }

    public void setCritical(boolean critical) {
        this.critical = critical;
    }

    public boolean isCommentOnFail() {
        return commentOnFail;
    }

    public void setCommentOnFail(boolean commentOnFail) {
        this.commentOnFail = commentOnFail;
    }

    public PrescoreSource getPrescore() {
        return prescore;
    }

    public void setPrescore(PrescoreSource prescore) {
        this.prescore = prescore;
    }
}
