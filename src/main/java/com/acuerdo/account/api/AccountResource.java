package com.acuerdo.account.api;

import com.acuerdo.casework.boundary.AccountsInCollection;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Accounts by the core bank's id, with their collection status.")
public class AccountResource {

    @Inject
    AccountsInCollection accounts;

    @GET
    @Path("{accountId}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(
            summary = "An account's balance, days past due, bucket, case, objective, agent and restrictions",
            description = "An agent may read only the accounts of their own cases, a supervisor those of their"
                    + " teams, an admin every account.")
    @APIResponse(
            responseCode = "200",
            description = "The account",
            content = @Content(schema = @Schema(implementation = AccountBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an account of your cases",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response get(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId) {
        return accounts.status(accountId)
                .map(status -> Response.ok(AccountBody.of(status)).build())
                .orElseGet(() -> ErrorBody.response(
                        Response.Status.NOT_FOUND, "not-found", List.of("unknown account " + accountId)));
    }
}
