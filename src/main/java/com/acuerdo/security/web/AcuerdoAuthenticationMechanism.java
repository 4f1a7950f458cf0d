package com.acuerdo.security.web;

import static com.acuerdo.security.entity.SecurityEvent.LOGIN;
import static com.acuerdo.security.entity.SecurityEvent.USER;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.security.control.HomePage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * The one authentication mechanism of Acuerdo (Jakarta Security allows one per application):
 *
 * <ul>
 *   <li>Screens: form login. The login page calls {@code SecurityContext.authenticate} with the
 *       credential; on success the session id changes and the session carries the caller from then
 *       on. An anonymous request for a protected page is sent to the login page, which later
 *       returns the user to the page first asked for.
 *   <li>{@code /api/*}: HTTP Basic on every call, no session; a missing or wrong credential is a
 *       401 with a JSON body, never a redirect.
 * </ul>
 */
@ApplicationScoped
public class AcuerdoAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page an anonymous user asked for before being sent to log in. */
    public static final String RETURN_TO = "acuerdo.returnTo";

    static final String API_PREFIX = "/api/";

    /** Session attribute: the signed-in caller's groups (roles), as validated at login. */
    static final String CALLER_GROUPS = "acuerdo.callerGroups";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Audit audit;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return basic(request, response, context);
        }
        return form(request, response, context);
    }

    private AuthenticationStatus form(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            var result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // A new session id at login: a session id planted before login is worthless afterwards.
            request.getSession(true);
            request.changeSessionId();
            var username = result.getCallerPrincipal().getName();
            context.setRegisterSession(username, result.getCallerGroups());
            request.getSession().setAttribute(CALLER_GROUPS, new HashSet<>(result.getCallerGroups()));
            audit.recordRegardless(username, LOGIN, USER, username, "screens");
            return context.notifyContainerAboutLogin(result);
        }
        var principal = request.getUserPrincipal();
        if (principal != null) {
            // The session carries the caller; hand it back to the container for this request, with
            // the groups of the login: left to the container alone, a busy server sometimes rebuilt
            // the caller without them (a signed-in agent got 403 pages under load; issue 4 benchmark).
            handle(context, new CallerPrincipalCallback(context.getClientSubject(), principal));
            var session = request.getSession(false);
            if (session != null && session.getAttribute(CALLER_GROUPS) instanceof Set<?> groups) {
                handle(
                        context,
                        new GroupPrincipalCallback(
                                context.getClientSubject(),
                                groups.stream().map(String::valueOf).toArray(String[]::new)));
            }
            return AuthenticationStatus.SUCCESS;
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus toLoginPage(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        var loginPage = request.getContextPath() + HomePage.LOGIN;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request after the session ended: JSF understands only a partial-response redirect.
            write(
                    response,
                    HttpServletResponse.SC_OK,
                    "text/xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + loginPage
                            + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            var query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(loginPage);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            var credential = decode(header.substring(6).trim());
            if (credential != null) {
                var result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, "invalid credentials");
        }
        if (context.isProtected()) {
            return unauthorized(response, "authentication required");
        }
        return context.doNothing();
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            var decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String reason)
            throws AuthenticationException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Acuerdo\", charset=\"UTF-8\"");
        write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "application/json",
                "{\"error\":\"unauthorized\",\"reasons\":[\"" + reason + "\"]}");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Writes and commits the response, so the container adds no error page of its own. */
    private static void write(HttpServletResponse response, int status, String contentType, String body)
            throws AuthenticationException {
        try {
            response.setStatus(status);
            response.setContentType(contentType);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private static void handle(HttpMessageContext context, Callback callback) throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {callback});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }
}
