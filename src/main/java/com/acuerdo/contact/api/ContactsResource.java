package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.Contacts;
import com.acuerdo.contact.boundary.NewContact;
import com.acuerdo.contact.control.Recipient;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts/{accountId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactsResource {

    @Inject
    Contacts contacts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(
            summary = "Records a contact with the account's client",
            description = "An outbound contact passes the contact guard first; refused, nothing is recorded, the"
                    + " refusal is audited and the answer is 409 with every reason. Inbound contacts are always"
                    + " recorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; Location names the contact",
            content = @Content(schema = @Schema(implementation = ContactBody.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, unknown enum value or malformed instant",
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
            description = "Refused by the contact rules (reasons and nextAllowedAt), or no open case",
            content = @Content(schema = @Schema(implementation = RefusalBody.class)))
    @APIResponse(
            responseCode = "422",
            description = "Values that make no sense (a contact in the future, DELIVERED on a call …)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response record(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            ContactRequest body,
            @Context UriInfo uri) {
        if (body == null) {
            throw new MalformedRequest("a JSON body is required");
        }
        var request = new NewContact(
                Parse.required(Channel.class, "channel", body.channel()),
                Parse.required(Direction.class, "direction", body.direction()),
                required("at", Parse.instant("at", body.at())),
                Parse.required(ContactOutcome.class, "outcome", body.outcome()),
                Parse.optional(DelayReason.class, "reason", body.reason()),
                body.notes(),
                body.talkingPoints() == null ? Set.of() : Set.copyOf(body.talkingPoints()),
                body.nextStep(),
                Parse.instant("callbackAt", body.callbackAt()),
                Parse.optional(ContactPurpose.class, "purpose", body.purpose()),
                Recipient.CLIENT);
        var recorded = contacts.record(accountId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(recorded.id()))
                        .build())
                .entity(ContactBody.of(recorded))
                .build();
    }

    @GET
    @Path("{contactId}")
    @RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @Operation(summary = "One recorded contact of the account's client")
    @APIResponse(
            responseCode = "200",
            description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account or contact",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ContactBody get(@PathParam("accountId") String accountId, @PathParam("contactId") long contactId) {
        return ContactBody.of(contacts.find(accountId, contactId));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new MalformedRequest(field + " is required");
        }
        return value;
    }
}
