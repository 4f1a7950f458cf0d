package com.acuerdo.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the screens for this session: Spanish unless the user picks English. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private Locale locale = SPANISH;
    private boolean chosen;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isSpanish() {
        return SPANISH.getLanguage().equals(locale.getLanguage());
    }

    /** The language switch (a POST, then the same page in the new language). */
    public void change(String tag) {
        locale = ENGLISH.getLanguage().equals(tag) ? ENGLISH : SPANISH;
        chosen = true;
        var faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /** At login: the user's own preference, unless they already switched on the login page. */
    public void adoptPreferenceUnlessChosen(Locale preferred) {
        if (!chosen && preferred != null) {
            locale = ENGLISH.getLanguage().equals(preferred.getLanguage()) ? ENGLISH : SPANISH;
        }
    }
}
