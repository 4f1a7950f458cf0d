package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.Restrictions;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts/{accountId}/restrictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class RestrictionsResource {

    @Inject
    Restrictions restrictions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(
            summary = "Records a contact restriction: CEASE, DISPUTE, NO_CALL, NO_SMS, NO_EMAIL or PAUSE",
            description = "A DISPUTE covers the account; the others cover the client and all their accounts."
                    + " Disputes and pauses also stop days past due growing.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = RestrictionBody.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, unknown type or malformed date",
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
            responseCode = "422",
            description = "Ends before it starts",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response record(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            RestrictionRequest body,
            @Context UriInfo uri) {
        if (body == null) {
            throw new MalformedRequest("a JSON body is required");
        }
        var recorded = restrictions.record(
                accountId,
                Parse.required(RestrictionType.class, "type", body.type()),
                Parse.date("from", body.from()),
                Parse.date("until", body.until()),
                body.note());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(recorded.id()))
                        .build())
                .entity(RestrictionBody.of(recorded))
                .build();
    }

    @GET
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "Every restriction of the account's client, lifted ones included")
    public List<RestrictionBody> list(@PathParam("accountId") String accountId) {
        return restrictions.of(accountId).stream().map(RestrictionBody::of).toList();
    }

    @POST
    @Path("{restrictionId}/lift")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "Lifts a restriction from the business date on (the dispute was resolved …)")
    @APIResponse(
            responseCode = "200",
            description = "Lifted",
            content = @Content(schema = @Schema(implementation = RestrictionBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already lifted",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public RestrictionBody lift(
            @PathParam("accountId") String accountId, @PathParam("restrictionId") long restrictionId) {
        return RestrictionBody.of(restrictions.lift(accountId, restrictionId));
    }
}
