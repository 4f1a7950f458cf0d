package com.acuerdo.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The one error shape of the API: {@code {"error": "...", "reasons": [...]}}. */
public record ErrorBody(String error, List<String> reasons) {

    public static Response response(Response.Status status, String error, List<String> reasons) {
        return response(status.getStatusCode(), error, reasons);
    }

    public static Response response(int status, String error, List<String> reasons) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(error, List.copyOf(reasons)))
                .build();
    }
}
