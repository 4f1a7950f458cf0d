package com.acuerdo.promise.api;

import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.platform.api.RequestJson;
import com.acuerdo.promise.boundary.Promises;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts/{accountId}/promises")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Tag(name = "Promises", description = "Promises to pay on the accounts of your cases.")
public class PromiseResource {

    @Inject
    Promises promises;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Make a promise to pay",
            description = "Rules: amount > 0 with at most the currency's decimals, not above the account's"
                    + " balance; due from the business date up to the policy's days ahead; one open promise"
                    + " per case. A refusal lists every broken rule as `CODE (name=value, …)`: AMOUNT_NOT_POSITIVE,"
                    + " AMOUNT_DECIMALS, AMOUNT_ABOVE_BALANCE, DUE_BEFORE_BUSINESS_DATE, DUE_TOO_FAR_AHEAD,"
                    + " OPEN_PROMISE_EXISTS.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PromiseBody.Request.class)))
    @APIResponse(
            responseCode = "201",
            description = "Made; status OPEN",
            content = @Content(schema = @Schema(implementation = PromiseBody.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed body",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an account of your cases",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "No open case, or the case changed meanwhile (reload)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "422",
            description = "Refused by the promise rules, with every reason",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response make(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            String body) {
        var json = RequestJson.parse(body);
        var amount = json.amount("amount");
        var dueOn = json.date("dueOn");
        json.requireValid();
        return Response.status(Response.Status.CREATED)
                .entity(PromiseBody.of(promises.make(accountId, amount, dueOn)))
                .build();
    }

    @GET
    @Operation(
            summary = "The account's promises, newest first",
            description = "status ∈ OPEN, KEPT, PARTIAL, BROKEN, CANCELLED")
    @APIResponse(
            responseCode = "200",
            description = "The promises",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PromiseBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an account of your cases",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<PromiseBody> list(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId) {
        return promises.ofAccount(accountId).stream().map(PromiseBody::of).toList();
    }

    @POST
    @Path("{promiseId}/cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            summary = "Cancel an open promise",
            description =
                    "Not in the core contract: for screens and integrations that withdraw a promise (e.g. replaced by an arrangement).")
    @RequestBody(content = @Content(schema = @Schema(implementation = PromiseBody.Cancel.class)))
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = PromiseBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account or promise",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not open any more, or changed meanwhile (reload)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public PromiseBody cancel(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            @PathParam("promiseId") long promiseId,
            String body) {
        Long version = null;
        if (body != null && !body.isBlank()) {
            var json = RequestJson.parse(body);
            version = json.optionalLong("version").orElse(null);
            json.requireValid();
        }
        return PromiseBody.of(promises.cancel(accountId, promiseId, version));
    }
}
