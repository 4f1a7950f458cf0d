package com.acuerdo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the {@code com.acuerdo.i18n.messages} bundle, in the view's language. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "com.acuerdo.i18n.messages";

    @Inject
    FacesContext faces;

    public String text(String key, Object... arguments) {
        var locale = faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : faces.getApplication().getDefaultLocale();
        try {
            var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The text for the key, or the fallback when the bundle has none (e.g. a core-bank code). */
    public String textOr(String key, String fallback) {
        var text = text(key);
        return text.startsWith("???") ? fallback : text;
    }

    public void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
