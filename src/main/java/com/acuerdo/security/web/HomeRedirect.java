package com.acuerdo.security.web;

import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.control.HomePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** {@code /} sends the caller to their role's home page. */
@Named
@RequestScoped
public class HomeRedirect {

    @Inject
    CurrentUser currentUser;

    @Inject
    ExternalContext external;

    public void go() throws IOException {
        external.redirect(external.getRequestContextPath() + HomePage.of(currentUser.getRoles()));
    }
}
