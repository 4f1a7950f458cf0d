package com.acuerdo.casework.web;

import com.acuerdo.casework.control.MoneyText;
import com.acuerdo.casework.control.PriorityExplanation;
import com.acuerdo.casework.control.PriorityExplanation.Part;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Formatting for the casework screens ({@code #{fmt.money(...)}}), in the view's language. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    public String money(Money money) {
        return MoneyText.format(money, locale());
    }

    public String moneys(Collection<Money> amounts) {
        return amounts == null || amounts.isEmpty() ? "—" : MoneyText.format(amounts, locale());
    }

    public String points(BigDecimal points) {
        return points == null ? "" : PriorityExplanation.points(points);
    }

    /** The parts of a priority score, largest first, with their labels. */
    public String priority(List<Part> parts) {
        if (parts == null || parts.isEmpty()) {
            return messages.text("priority.none");
        }
        return PriorityExplanation.of(parts, factor -> messages.text("priority." + factor));
    }

    /** A payment channel as the core bank sends it, named in the user's language when known. */
    public String paymentChannel(String channel) {
        return channel == null ? "" : messages.textOr("payment.channel." + channel, channel);
    }

    /** The client's wall-clock time now, e.g. "martes 14:05 (CST)". */
    public String timeIn(ZoneId zone) {
        var now = Instant.now(clock).atZone(zone);
        var day = DateTimeFormatter.ofPattern("EEEE", locale());
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
        var zoneName = DateTimeFormatter.ofPattern("zzz", locale());
        return day.format(now) + " " + time.format(now) + " (" + zoneName.format(now) + ")";
    }

    private Locale locale() {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.forLanguageTag("es");
    }
}
