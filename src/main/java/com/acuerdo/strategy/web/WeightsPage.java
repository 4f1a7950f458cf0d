package com.acuerdo.strategy.web;

import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.strategy.boundary.WeightsVersion;
import com.acuerdo.strategy.boundary.WorklistWeights;
import com.acuerdo.strategy.control.WeightsDraft;
import com.acuerdo.strategy.control.WeightsPreview;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/** The worklist priority weights: the form, a preview of the top of the worklist, the versions. */
@Named
@ViewScoped
public class WeightsPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;
    static final int PREVIEW_TOP = 15;

    @Inject
    WorklistWeights weights;

    private Integer balanceWeight;
    private BigDecimal balanceCap;
    private Integer daysPastDueWeight;
    private Integer daysPastDueCap;
    private Integer riskWeight;
    private Integer promiseDueTodayWeight;
    private Integer brokenPromisesWeight;
    private Integer brokenPromisesCap;
    private Integer callbackDueWeight;
    private Integer sinceContactWeight;
    private Integer sinceContactCapDays;

    private List<WeightsVersion> history = List.of();
    private List<WeightsPreview.Line> preview = List.of();

    public void load() {
        defaultEffectiveDate();
        weights.weightsOn(dates.today()).ifPresent(this::fill);
        history = weights.weightsHistory();
    }

    private void fill(WeightsDraft w) {
        balanceWeight = w.balanceWeight();
        balanceCap = w.balanceCap();
        daysPastDueWeight = w.daysPastDueWeight();
        daysPastDueCap = w.daysPastDueCap();
        riskWeight = w.riskWeight();
        promiseDueTodayWeight = w.promiseDueTodayWeight();
        brokenPromisesWeight = w.brokenPromisesWeight();
        brokenPromisesCap = w.brokenPromisesCap();
        callbackDueWeight = w.callbackDueWeight();
        sinceContactWeight = w.sinceContactWeight();
        sinceContactCapDays = w.sinceContactCapDays();
    }

    private WeightsDraft draft() {
        return new WeightsDraft(
                orZero(balanceWeight),
                balanceCap,
                orZero(daysPastDueWeight),
                orZero(daysPastDueCap),
                orZero(riskWeight),
                orZero(promiseDueTodayWeight),
                orZero(brokenPromisesWeight),
                orZero(brokenPromisesCap),
                orZero(callbackDueWeight),
                orZero(sinceContactWeight),
                orZero(sinceContactCapDays));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public void preview() {
        try {
            preview = weights.previewWeights(draft(), PREVIEW_TOP);
        } catch (Refusal refused) {
            preview = List.of();
            reasons.addErrors(refused);
        }
    }

    public void save() {
        submit(
                () -> weights.scheduleWeights(draft(), effectiveFrom),
                () -> weights.proposeWeights(draft(), effectiveFrom, reason),
                () -> history = weights.weightsHistory());
    }

    public List<WeightsVersion> getHistory() {
        return history;
    }

    public List<WeightsPreview.Line> getPreview() {
        return preview;
    }

    public Integer getBalanceWeight() {
        return balanceWeight;
    }

    public void setBalanceWeight(Integer balanceWeight) {
        this.balanceWeight = balanceWeight;
    }

    public BigDecimal getBalanceCap() {
        return balanceCap;
    }

    public void setBalanceCap(BigDecimal balanceCap) {
        this.balanceCap = balanceCap;
    }

    public Integer getDaysPastDueWeight() {
        return daysPastDueWeight;
    }

    public void setDaysPastDueWeight(Integer daysPastDueWeight) {
        this.daysPastDueWeight = daysPastDueWeight;
    }

    public Integer getDaysPastDueCap() {
        return daysPastDueCap;
    }

    public void setDaysPastDueCap(Integer daysPastDueCap) {
        this.daysPastDueCap = daysPastDueCap;
    }

    public Integer getRiskWeight() {
        return riskWeight;
    }

    public void setRiskWeight(Integer riskWeight) {
        this.riskWeight = riskWeight;
    }

    public Integer getPromiseDueTodayWeight() {
        return promiseDueTodayWeight;
    }

    public void setPromiseDueTodayWeight(Integer promiseDueTodayWeight) {
        this.promiseDueTodayWeight = promiseDueTodayWeight;
    }

    public Integer getBrokenPromisesWeight() {
        return brokenPromisesWeight;
    }

    public void setBrokenPromisesWeight(Integer brokenPromisesWeight) {
        this.brokenPromisesWeight = brokenPromisesWeight;
    }

    public Integer getBrokenPromisesCap() {
        return brokenPromisesCap;
    }

    public void setBrokenPromisesCap(Integer brokenPromisesCap) {
        this.brokenPromisesCap = brokenPromisesCap;
    }

    public Integer getCallbackDueWeight() {
        return callbackDueWeight;
    }

    public void setCallbackDueWeight(Integer callbackDueWeight) {
        this.callbackDueWeight = callbackDueWeight;
    }

    public Integer getSinceContactWeight() {
        return sinceContactWeight;
    }

    public void setSinceContactWeight(Integer sinceContactWeight) {
        this.sinceContactWeight = sinceContactWeight;
    }

    public Integer getSinceContactCapDays() {
        return sinceContactCapDays;
    }

    public void setSinceContactCapDays(Integer sinceContactCapDays) {
        this.sinceContactCapDays = sinceContactCapDays;
    }
}
