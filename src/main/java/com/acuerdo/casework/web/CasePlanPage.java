package com.acuerdo.casework.web;

import com.acuerdo.casework.boundary.CasePlan;
import com.acuerdo.casework.boundary.CasePlans;
import com.acuerdo.security.boundary.Forbidden;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The planning part of the case workspace. Read once, when the part first renders (the case page
 * has already loaded the case and checked the caller's access).
 */
@Named("casePlan")
@ViewScoped
public class CasePlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage casePage;

    @Inject
    CasePlans plans;

    private CasePlan plan;

    @PostConstruct
    void load() {
        var view = casePage.getView();
        if (view == null) {
            return;
        }
        try {
            plan = plans.plan(view.caseId()).orElse(null);
        } catch (Forbidden refused) {
            plan = null; // the case page answered 403 already
        }
    }

    public CasePlan getPlan() {
        return plan;
    }

    /** A date in the view's language (for messages that take a date as a parameter). */
    public String date(LocalDate date) {
        if (date == null) {
            return "—";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** Dates joined, e.g. the bills a payment went to. */
    public String dates(List<LocalDate> dates) {
        return dates == null || dates.isEmpty()
                ? "—"
                : String.join(", ", dates.stream().map(this::date).toList());
    }

    /** Whether the case spans several accounts (routes then name theirs). */
    public boolean isSeveralAccounts() {
        return plan != null && plan.statements().size() > 1;
    }
}
