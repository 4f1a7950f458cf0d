package com.acuerdo.platform.api;

import com.acuerdo.platform.audit.Audit;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every exception of the API, including JAX-RS's own (404, 405, 403 from {@code @RolesAllowed}). */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    @Inject
    Audit audit;

    @Override
    public Response toResponse(Throwable thrown) {
        return ApiErrors.toResponse(thrown, request, audit);
    }
}
