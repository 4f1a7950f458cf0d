package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts/{accountId}/contact-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The contact guard, contacts and contact restrictions of an account's client.")
public class ContactCheckResource {

    @Inject
    Contacts contacts;

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(
            summary = "May an outbound contact be made now (or at an instant)?",
            description = "Applies the contact rules of the client's jurisdiction in the client's time zone: hours,"
                    + " Sundays and holidays, caps counted over all the person's accounts, quiet days after a"
                    + " conversation, consents and opt-outs, cease requests, disputes and pauses.")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content = @Content(schema = @Schema(implementation = CheckBody.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown channel or malformed instant",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an account of your cases",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public CheckBody check(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            @Parameter(description = "CALL, SMS, EMAIL, LETTER or VISIT", required = true) @QueryParam("channel")
                    String channel,
            @Parameter(description = "ISO-8601 instant with offset; default now", example = "2026-03-10T14:05:00Z")
                    @QueryParam("at")
                    String at) {
        var decision =
                contacts.check(accountId, Parse.required(Channel.class, "channel", channel), Parse.instant("at", at));
        return CheckBody.of(decision);
    }
}
