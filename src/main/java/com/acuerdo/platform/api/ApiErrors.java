package com.acuerdo.platform.api;

import static com.acuerdo.security.entity.SecurityEvent.ACCESS_DENIED;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessDateLockedException;
import com.acuerdo.security.boundary.Forbidden;
import com.acuerdo.tone.control.ToneRefused;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any exception into the API's JSON error with the right status; a stack trace is logged
 * with an incident id and never sent.
 */
final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    private ApiErrors() {}

    static Response toResponse(Throwable thrown, HttpServletRequest request, Audit audit) {
        var cause = rootOfInterest(thrown);
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 403) {
                return forbidden(request, audit, "not allowed for your role");
            }
            if (status >= 500) {
                return internal(cause);
            }
            return ErrorBody.response(status, reasonPhrase(status), List.of(statusReason(status, cause)));
        }
        if (cause instanceof Forbidden forbidden) {
            return forbidden(request, audit, forbidden.getMessage());
        }
        // Payara reports a refused local call from a non-EJB caller as AccessLocalException.
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return forbidden(request, audit, "not allowed for your role");
        }
        if (cause instanceof Refusal refusal) {
            return refused(refusal);
        }
        if (cause instanceof BusinessDateLockedException locked) {
            return ErrorBody.response(Response.Status.CONFLICT, "conflict", List.of(locked.getMessage()));
        }
        if (cause instanceof ToneRefused refused) {
            // Every expression with where it stands in the text, so a client can highlight it.
            var reasons = refused.hits().stream()
                    .map(hit ->
                            "tone: '" + hit.found() + "' (" + hit.category() + ") at " + hit.start() + "-" + hit.end())
                    .toList();
            return ErrorBody.response(Response.Status.CONFLICT, "refused", reasons);
        }
        if (cause instanceof OptimisticLockException) {
            return ErrorBody.response(
                    Response.Status.CONFLICT,
                    "conflict",
                    List.of("changed by someone else meanwhile; reload and retry"));
        }
        if (cause instanceof ConstraintViolationException violations) {
            var reasons = violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .toList();
            return ErrorBody.response(422, "invalid", reasons);
        }
        if (cause instanceof JsonbException
                || cause instanceof JsonParsingException
                || cause instanceof ProcessingException) {
            return ErrorBody.response(
                    Response.Status.BAD_REQUEST,
                    "malformed",
                    List.of("the request body is not valid JSON for this call"));
        }
        return internal(cause);
    }

    /** Looks through container wrappers (EJBException, ProcessingException …) for the cause that decides. */
    private static Throwable rootOfInterest(Throwable thrown) {
        var current = thrown;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof Forbidden
                    || current instanceof Refusal
                    || current instanceof EJBAccessException
                    || current instanceof AccessLocalException
                    || current instanceof BusinessDateLockedException
                    || current instanceof ToneRefused
                    || current instanceof OptimisticLockException
                    || current instanceof ConstraintViolationException
                    || current instanceof JsonbException
                    || current instanceof JsonParsingException) {
                return current;
            }
            if (current.getCause() == null || current.getCause() == current) {
                break;
            }
            current = current.getCause();
        }
        return thrown;
    }

    private static Response refused(Refusal refusal) {
        var reasons = refusal.reasons().stream().map(Reason::text).toList();
        return switch (refusal.kind()) {
            case MALFORMED -> ErrorBody.response(Response.Status.BAD_REQUEST, "malformed", reasons);
            case NOT_FOUND -> ErrorBody.response(Response.Status.NOT_FOUND, "not-found", reasons);
            case CONFLICT -> ErrorBody.response(Response.Status.CONFLICT, "conflict", reasons);
            case INVALID -> ErrorBody.response(422, "invalid", reasons);
        };
    }

    private static Response forbidden(HttpServletRequest request, Audit audit, String reason) {
        var user = request.getRemoteUser();
        audit.recordRegardless(
                user == null ? "anonymous" : user,
                ACCESS_DENIED,
                "API",
                request.getMethod() + " " + request.getRequestURI(),
                reason);
        return ErrorBody.response(Response.Status.FORBIDDEN, "forbidden", List.of(reason));
    }

    private static Response internal(Throwable cause) {
        var incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API incident " + incident, cause);
        return ErrorBody.response(
                Response.Status.INTERNAL_SERVER_ERROR, "internal", List.of("unexpected error; incident " + incident));
    }

    private static String reasonPhrase(int status) {
        var known = Response.Status.fromStatusCode(status);
        return switch (status) {
            case 400 -> "malformed";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 415 -> "unsupported-media-type";
            default -> known == null
                    ? "error"
                    : known.getReasonPhrase().toLowerCase().replace(' ', '-');
        };
    }

    private static String statusReason(int status, Throwable cause) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            default -> {
                var known = Response.Status.fromStatusCode(status);
                yield known == null ? "request refused" : known.getReasonPhrase();
            }
        };
    }
}
