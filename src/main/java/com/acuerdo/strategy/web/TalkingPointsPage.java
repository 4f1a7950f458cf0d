package com.acuerdo.strategy.web;

import com.acuerdo.arrangement.web.ReasonTexts;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.strategy.boundary.ConfigurationDates;
import com.acuerdo.strategy.boundary.TalkingPointVersion;
import com.acuerdo.strategy.boundary.TalkingPoints;
import com.acuerdo.strategy.control.TalkingPointDraft;
import com.acuerdo.strategy.entity.Objective;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Talking points per objective: the checklist in force today, the one from the chosen date (a
 * preview of the change), every version, and the form (admins schedule, supervisors propose).
 */
@Named
@ViewScoped
public class TalkingPointsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TalkingPoints talkingPoints;

    @Inject
    ConfigurationDates dates;

    @Inject
    CurrentUser user;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

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
    private LocalDate effectiveFrom;
    private String reason;

    public void load() {
        if (objective == null) {
            objective = Objective.REMIND;
        }
        businessDate = dates.today();
        if (effectiveFrom == null) {
            effectiveFrom = dates.earliestEffectiveDate();
        }
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
        try {
            if (user.isAdmin()) {
                talkingPoints.scheduleTalkingPoint(draft, effectiveFrom);
                messages.info("cfg.scheduled", effectiveFrom);
            } else {
                talkingPoints.proposeTalkingPoint(draft, effectiveFrom, reason);
                messages.info("cfg.proposed");
            }
            clearForm();
            load();
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
    }

    public void withdraw(TalkingPointVersion version) {
        try {
            talkingPoints.withdrawTalkingPoint(objective, version.code(), effectiveFrom);
            messages.info("cfg.withdrawn", version.code(), effectiveFrom);
            load();
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
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

    public boolean isAdmin() {
        return user.isAdmin();
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

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
