package com.acuerdo.promise.web;

import com.acuerdo.arrangement.web.ReasonText;
import com.acuerdo.arrangement.web.ReasonTexts;
import com.acuerdo.casework.boundary.CaseView;
import com.acuerdo.casework.web.CasePage;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.promise.boundary.PromiseView;
import com.acuerdo.promise.boundary.Promises;
import com.acuerdo.promise.entity.PromiseStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The promise to pay of the case workspace: make one on an account of the case (refused with every
 * reason, localised), or cancel the open one. After a change the case page opens again, so its
 * promises list and the worklist show the new state.
 */
@Named
@ViewScoped
public class PromiseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage casePage;

    @Inject
    Promises promises;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private String accountId;
    private BigDecimal amount;
    private LocalDate dueOn;
    private LocalDate latestDueOn;
    private List<PromiseView> open = List.of();

    @PostConstruct
    void init() {
        var view = casePage.getView();
        if (view == null || view.accounts().isEmpty()) {
            return;
        }
        accountId = view.accounts().get(0).externalId();
        open = promises.ofCase(view.caseId()).stream()
                .filter(promise -> promise.status() == PromiseStatus.OPEN)
                .toList();
        accountChanged();
    }

    /** The chosen account's horizon for the date picker. */
    public void accountChanged() {
        latestDueOn = view().open() ? promises.latestDueOn(accountId) : null;
    }

    public String make() {
        try {
            var made = promises.make(accountId, amount, dueOn);
            return reopened(
                    "ws.neg.promise.made", ReasonText.figure(made.dueOn().toString(), locale()));
        } catch (Refusal refused) {
            reasons.addErrors(refused);
            return null;
        }
    }

    public String cancel(PromiseView promise) {
        try {
            promises.cancel(promise.accountId(), promise.promiseId(), promise.version());
            return reopened("ws.neg.promise.cancelled");
        } catch (Refusal refused) {
            reasons.addErrors(refused);
            return null;
        }
    }

    /** The case page again (its lists read anew), with the message kept across the redirect. */
    private String reopened(String messageKey, Object... arguments) {
        messages.info(messageKey, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/agent/case?faces-redirect=true&id=" + view().caseId();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private CaseView view() {
        return casePage.getView();
    }

    /** The chosen account's line (balance, currency). */
    public CaseView.AccountLine getAccount() {
        return view().accounts().stream()
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

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getLatestDueOn() {
        return latestDueOn;
    }

    public List<PromiseView> getOpen() {
        return open;
    }
}
