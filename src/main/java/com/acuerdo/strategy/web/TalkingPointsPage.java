package com.acuerdo.strategy.web;

import com.acuerdo.strategy.boundary.TalkingPointVersion;
import com.acuerdo.strategy.boundary.TalkingPoints;
import com.acuerdo.strategy.control.TalkingPointDraft;
import com.acuerdo.strategy.entity.Objective;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * Talking points per objective: the checklist in force today, the one from the chosen date (a
 * preview of the change), every version, and the form (admins schedule, supervisors propose).
 */
@Named
@ViewScoped
public class TalkingPointsPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    TalkingPoints talkingPoints;

    private Objective objective = Objective.REMIND;
    private List<TalkingPointVersion> today = List.of();
    private List<TalkingPointVersion> fromDate = List.of();
    private List<TalkingPointVersion> history = List.of();
    private LocalDate businessDate;

    private String code;
    private Integer sortOrder;
    private boolean mandatory;
    private String textEs;
    private String textEn;

    public void load() {
        if (objective == null) {
            objective = Objective.REMIND;
        }
        businessDate = dates.today();
        defaultEffectiveDate();
        today = talkingPoints.talkingPointsOn(objective, businessDate);
        fromDate = talkingPoints.talkingPointsOn(objective, effectiveFrom);
        history = talkingPoints.talkingPointHistory(objective);
    }

    /** The objective changed: a fresh form for it. */
    public void changeObjective() {
        clearForm();
        load();
    }

    public void edit(TalkingPointVersion version) {
        code = version.code();
        sortOrder = version.sortOrder();
        mandatory = version.mandatory();
        textEs = version.textEs();
        textEn = version.textEn();
    }

    public void save() {
        var draft =
                new TalkingPointDraft(objective, code, sortOrder == null ? 0 : sortOrder, mandatory, textEs, textEn);
        submit(
                () -> talkingPoints.scheduleTalkingPoint(draft, effectiveFrom),
                () -> talkingPoints.proposeTalkingPoint(draft, effectiveFrom, reason),
                () -> {
                    clearForm();
                    load();
                });
    }

    public void withdraw(TalkingPointVersion version) {
        act(
                () -> talkingPoints.withdrawTalkingPoint(objective, version.code(), effectiveFrom),
                this::load,
                "cfg.withdrawn",
                version.code(),
                effectiveFrom);
    }

    private void clearForm() {
        code = null;
        sortOrder = null;
        mandatory = false;
        textEs = null;
        textEn = null;
        reason = null;
    }

    public Objective[] getObjectives() {
        return Objective.values();
    }

    public Objective getObjective() {
        return objective;
    }

    public void setObjective(Objective objective) {
        this.objective = objective;
    }

    public List<TalkingPointVersion> getToday() {
        return today;
    }

    public List<TalkingPointVersion> getFromDate() {
        return fromDate;
    }

    public List<TalkingPointVersion> getHistory() {
        return history;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
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
}
