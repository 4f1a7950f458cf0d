package com.acuerdo.platform.api;

import com.acuerdo.platform.audit.Audit;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bean Validation failures are 422 with one reason per violation (instead of JAX-RS's own 400). */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpServletRequest request;

    @Inject
    Audit audit;

    @Override
    public Response toResponse(ConstraintViolationException thrown) {
        return ApiErrors.toResponse(thrown, request, audit);
    }
}
