package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.ContactConflict;
import com.acuerdo.contact.boundary.ContactProblem;
import com.acuerdo.contact.boundary.ContactRefused;
import com.acuerdo.contact.boundary.InvalidContactRequest;
import com.acuerdo.contact.boundary.UnknownSubject;
import com.acuerdo.platform.api.ErrorBody;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The contact boundaries' problems as the API's JSON errors: 400 malformed, 404 unknown, 409 refused
 * by the guard (with every reason and the next allowed instant) or by the case's state, 422 invalid.
 */
@Provider
public class ContactProblemMapper implements ExceptionMapper<ContactProblem> {

    @Override
    public Response toResponse(ContactProblem problem) {
        if (problem instanceof ContactRefused refused) {
            var decision = refused.decision();
            return Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RefusalBody(
                            "refused",
                            decision.reasons().stream().map(ReasonText::of).toList(),
                            decision.nextAllowedAt()))
                    .build();
        }
        if (problem instanceof MalformedRequest) {
            return ErrorBody.response(Response.Status.BAD_REQUEST, "malformed", problem.reasons());
        }
        if (problem instanceof UnknownSubject) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "not-found", problem.reasons());
        }
        if (problem instanceof InvalidContactRequest) {
            return ErrorBody.response(422, "invalid", problem.reasons());
        }
        if (problem instanceof ContactConflict) {
            return ErrorBody.response(Response.Status.CONFLICT, "conflict", problem.reasons());
        }
        return ErrorBody.response(Response.Status.BAD_REQUEST, "malformed", problem.reasons());
    }
}
