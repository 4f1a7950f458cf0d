package com.acuerdo.security.web;

import static com.acuerdo.security.entity.SecurityEvent.ACCESS_DENIED;

import com.acuerdo.platform.audit.Audit;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every 403 shown on a screen is an audit event (the REST side audits in its exception mapper). */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class AccessDeniedAudit extends HttpFilter {

    @Inject
    Audit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var user = request.getRemoteUser();
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        audit.recordRegardless(user == null ? "anonymous" : user, ACCESS_DENIED, "PAGE", uri, request.getMethod());
        chain.doFilter(request, response);
    }
}
