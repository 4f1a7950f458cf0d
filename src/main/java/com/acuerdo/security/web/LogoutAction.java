package com.acuerdo.security.web;

import static com.acuerdo.security.entity.SecurityEvent.LOGOUT;
import static com.acuerdo.security.entity.SecurityEvent.USER;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.control.HomePage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Logout is a POST from the layout (protected by the view state), never a GET link. */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    ExternalContext external;

    @Inject
    Audit audit;

    public void logout() throws ServletException, IOException {
        var request = (HttpServletRequest) external.getRequest();
        var username = request.getRemoteUser();
        if (username != null) {
            audit.record(LOGOUT, USER, username, null);
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + HomePage.LOGIN + "?bye=1");
    }
}
