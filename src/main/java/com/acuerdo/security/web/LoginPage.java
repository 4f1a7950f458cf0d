package com.acuerdo.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.acuerdo.platform.web.Language;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.boundary.Logins;
import com.acuerdo.security.control.HomePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: hands the credential to the authentication mechanism, then sends the user home. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    Logins logins;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    Messages messages;

    @Inject
    ExternalContext external;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

    /** A signed-in user who opens the login page goes home instead. */
    public void redirectIfSignedIn() throws IOException {
        if (currentUser.isAuthenticated()) {
            external.redirect(external.getRequestContextPath() + HomePage.of(currentUser.getRoles()));
        }
    }

    public void login() throws IOException {
        var name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        var status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(name, password == null ? "" : password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                language.adoptPreferenceUnlessChosen(currentUser.getPreferredLocale());
                external.redirect(target());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> messages.error(logins.isLocked(name) ? "login.locked" : "login.failed");
        }
    }

    private String target() {
        var session = external.getSessionMap();
        var returnTo = (String) session.remove(AcuerdoAuthenticationMechanism.RETURN_TO);
        var contextPath = external.getRequestContextPath();
        if (returnTo != null
                && returnTo.startsWith(contextPath + "/")
                && !returnTo.equals(contextPath + "/")
                && !returnTo.startsWith(contextPath + HomePage.LOGIN)) {
            return returnTo;
        }
        return contextPath + HomePage.of(currentUser.getRoles());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
