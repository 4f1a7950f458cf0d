package com.acuerdo.arrangement.api;

import com.acuerdo.arrangement.boundary.ApprovalQueue;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.platform.api.RequestJson;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The supervisors' approval queue (not part of the core bank's contract; documented here). */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Tag(
        name = "Approvals",
        description = "Arrangements beyond the soft limits of the policy, for supervisors (their teams) and admins"
                + " (all).")
public class ApprovalResource {

    @Inject
    ApprovalQueue queue;

    @GET
    @Operation(summary = "Arrangements waiting for a decision, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "Pending arrangements with why they need approval",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArrangementBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a supervisor or admin",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<ArrangementBody> pending() {
        return queue.pending().stream().map(ArrangementBody::of).toList();
    }

    @POST
    @Path("{arrangementId}/approve")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Approve a pending arrangement: it becomes ACTIVE", description = "The reason is optional.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArrangementBody.Decision.class)))
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content = @Content(schema = @Schema(implementation = ArrangementBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an arrangement of your teams",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown arrangement",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not pending any more, or changed meanwhile (reload)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ArrangementBody approve(@PathParam("arrangementId") long arrangementId, String body) {
        var decision = decision(body);
        return ArrangementBody.of(queue.approve(arrangementId, decision.reason(), decision.version()));
    }

    @POST
    @Path("{arrangementId}/reject")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Reject a pending arrangement with a reason the agent sees")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArrangementBody.Decision.class)))
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = ArrangementBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an arrangement of your teams",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown arrangement",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not pending any more, or changed meanwhile (reload)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "422",
            description = "No reason given (REASON_REQUIRED)",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ArrangementBody reject(@PathParam("arrangementId") long arrangementId, String body) {
        var decision = decision(body);
        return ArrangementBody.of(queue.reject(arrangementId, decision.reason(), decision.version()));
    }

    private static ArrangementBody.Decision decision(String body) {
        if (body == null || body.isBlank()) {
            return new ArrangementBody.Decision(null, null);
        }
        var json = RequestJson.parse(body);
        var reason = json.optionalText("reason").orElse(null);
        var version = json.optionalLong("version").orElse(null);
        json.requireValid();
        return new ArrangementBody.Decision(reason, version);
    }
}
