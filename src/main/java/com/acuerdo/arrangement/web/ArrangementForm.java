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
import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** Opening figures: a usual first offer the agent then adjusts. */
    static final BigDecimal DEFAULT_DOWN_PAYMENT_PERCENT = BigDecimal.TEN;

    static final int DEFAULT_INSTALMENTS = 6;
    static final int DEFAULT_DAYS_TO_FIRST = 7;

    @Inject
    CasePage casePage;

    @Inject
    Arrangements arrangements;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private String accountId;
    private BigDecimal downPayment;
    private Integer instalments = DEFAULT_INSTALMENTS;
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
        firstDueOn = calendar.today().plusDays(DEFAULT_DAYS_TO_FIRST);
        accountChanged();
    }

    public void accountChanged() {
        var account = getAccount();
        if (account != null) {
            downPayment = account.balance()
                    .amount()
                    .multiply(DEFAULT_DOWN_PAYMENT_PERCENT)
                    .divide(
                            BigDecimal.valueOf(100),
                            MinorUnits.of(account.balance().currency()),
                            RoundingMode.UP);
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
