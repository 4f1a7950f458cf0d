package com.acuerdo.arrangement.web;

import com.acuerdo.platform.money.MinorUnits;
import com.acuerdo.platform.money.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** What the negotiation screens format besides money: dates in the view's language, a currency's decimals. */
@Named("negFmt")
@RequestScoped
public class NegotiationFormats {

    @Inject
    FacesContext faces;

    /** "30 nov 2026" / "Nov 30, 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(faces.getViewRoot().getLocale())
                        .format(date);
    }

    /** The decimals an amount input allows for the money's currency (2 for MXN, 0 for CLP). */
    public int decimals(Money money) {
        return money == null ? 2 : MinorUnits.of(money.currency());
    }
}
