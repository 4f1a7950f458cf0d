package com.acuerdo.arrangement.web;

import com.acuerdo.arrangement.boundary.ArrangementView;
import com.acuerdo.arrangement.boundary.Arrangements;
import com.acuerdo.arrangement.boundary.Proposal;
import com.acuerdo.arrangement.control.ArrangementCalculator;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.casework.boundary.CaseView;
import com.acuerdo.casework.web.CasePage;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment arrangement calculator of the case workspace: every change of the figures asks the
 * boundary for a preview (schedule, totals, the policy's verdict with its reasons); submitting makes
 * it ACTIVE, sends it to the supervisor, or shows why it is refused. Also lists the case's
 * arrangements with the supervisor's decisions.
 */
@Named
@ViewScoped
public class ArrangementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage casePage;

    @Inject
    Arrangements arrangements;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private String accountId;
    private BigDecimal downPayment;
    private Integer instalments;
    private Frequency frequency = Frequency.MONTHLY;
    private LocalDate firstDueOn;
    private BigDecimal discountPercent = BigDecimal.ZERO;

    private ArrangementCalculator.Outcome outcome;
    private List<String> verdictReasons = List.of();
    private List<ArrangementView> history = List.of();

    @PostConstruct
    void init() {
        var view = casePage.getView();
        if (view == null || view.accounts().isEmpty()) {
            return;
        }
        history = arrangements.ofCase(view.caseId());
        accountId = view.accounts().get(0).externalId();
        accountChanged();
    }

    /** A new account starts from its policy's opening offer, which the agent then adjusts. */
    public void accountChanged() {
        if (getAccount() != null) {
            try {
                var offer = arrangements.openingOffer(accountId);
                downPayment = offer.downPayment();
                instalments = offer.instalments();
                frequency = offer.frequency();
                firstDueOn = offer.firstDueOn();
                discountPercent = offer.discountPercent();
            } catch (Refusal noPolicy) {
                verdictReasons = reasons.all(noPolicy.reasons());
                return;
            }
        }
        recalculate();
    }

    /** The live preview: called on every change of a figure. */
    public void recalculate() {
        outcome = null;
        verdictReasons = List.of();
        if (!isComplete() || !casePage.getView().open()) {
            return;
        }
        try {
            outcome = arrangements.preview(accountId, proposal());
            verdictReasons = reasons.all(outcome.reasons());
        } catch (Refusal refused) {
            verdictReasons = reasons.all(refused.reasons());
        }
    }

    public String propose() {
        try {
            var made = arrangements.propose(accountId, proposal());
            messages.info(
                    made.status() == ArrangementStatus.ACTIVE
                            ? "ws.neg.arrangement.active"
                            : "ws.neg.arrangement.pending");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/agent/case?faces-redirect=true&id=" + casePage.getView().caseId();
        } catch (Refusal refused) {
            reasons.addErrors(refused);
            recalculate();
            return null;
        }
    }

    private Proposal proposal() {
        return new Proposal(downPayment, instalments, frequency, firstDueOn, discountPercent);
    }

    public boolean isComplete() {
        return accountId != null
                && downPayment != null
                && instalments != null
                && frequency != null
                && firstDueOn != null
                && discountPercent != null;
    }

    /** WITHIN_POLICY, NEEDS_APPROVAL or REFUSED; null while the figures are incomplete. */
    public Verdict getVerdict() {
        if (outcome == null) {
            return verdictReasons.isEmpty() ? null : Verdict.REFUSED;
        }
        return outcome.verdict();
    }

    /** The schedule, or null when the figures cannot make one. */
    public InstalmentSchedule getSchedule() {
        return outcome == null ? null : outcome.schedule();
    }

    public Money getDiscount() {
        var schedule = getSchedule();
        return schedule == null ? null : schedule.totalBeforeDiscount().minus(schedule.totalAfterDiscount());
    }

    public List<String> getVerdictReasons() {
        return verdictReasons;
    }

    public List<ArrangementView> getHistory() {
        return history;
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public CaseView.AccountLine getAccount() {
        return casePage.getView().accounts().stream()
                .filter(account -> account.externalId().equals(accountId))
                .findFirst()
                .orElse(null);
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public BigDecimal getDownPayment() {
        return downPayment;
    }

    public void setDownPayment(BigDecimal downPayment) {
        this.downPayment = downPayment;
    }

    public Integer getInstalments() {
        return instalments;
    }

    public void setInstalments(Integer instalments) {
        this.instalments = instalments;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public void setFirstDueOn(LocalDate firstDueOn) {
        this.firstDueOn = firstDueOn;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }
}
