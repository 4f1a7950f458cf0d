package com.acuerdo.arrangement.web;

import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Reasons of promises and arrangements in the view's language ({@code #{reasonText.stored(text)}}). */
@Named("reasonText")
@RequestScoped
public class ReasonTexts {

    @Inject
    FacesContext faces;

    public String of(Reason reason) {
        var locale = locale();
        var bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return ReasonText.format(reason, key -> pattern(bundle, key), locale);
    }

    /** A reason stored as text, e.g. an arrangement's approval reasons. */
    public String stored(String text) {
        return text == null ? "" : of(ReasonText.parse(text));
    }

    public List<String> all(List<Reason> reasons) {
        return reasons.stream().map(this::of).toList();
    }

    /** Every reason of a refusal as an error message of the page. */
    public void addErrors(Refusal refusal) {
        for (var reason : refusal.reasons()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, of(reason), null));
        }
    }

    private static Optional<String> pattern(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private Locale locale() {
        return faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : faces.getApplication().getDefaultLocale();
    }
}
