package com.acuerdo.intake.api;

import com.acuerdo.intake.boundary.Imports;
import com.acuerdo.intake.entity.ImportKind;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Imports", description = "The core bank's files: customers, accounts, bills, payments (ADMIN).")
public class ImportResource {

    @Inject
    Imports imports;

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import a file",
            description = "The body is the CSV file (UTF-8, header row, comma, RFC 4180 quoting) with the kind's"
                    + " columns in the contract's order. Runs as a Jakarta Batch job; poll GET /imports/{executionId}."
                    + " Bad rows are rejected with their line; a file that is not UTF-8 or CSV or has the wrong"
                    + " header fails the job and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv"))
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content = @Content(schema = @Schema(implementation = ImportBody.Started.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not ADMIN",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown kind",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response start(
            @Parameter(description = "customers, accounts, bills or payments", required = true) @PathParam("kind")
                    String kind,
            @Parameter(description = "Optional: the file's name, shown on the jobs page") @HeaderParam("X-File-Name")
                    String fileName,
            InputStream body) {
        var importKind = ImportKind.ofPath(kind)
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.NOT_FOUND,
                        Reason.of(
                                "UNKNOWN_IMPORT_KIND", "kind", kind, "known", "customers, accounts, bills, payments")));
        long executionId = imports.start(importKind, fileName, body);
        return Response.accepted(new ImportBody.Started(executionId)).build();
    }

    @GET
    @Path("{executionId}")
    @Operation(
            summary = "An import's status",
            description = "status is the Jakarta Batch status of the import's latest execution; rejects list"
                    + " every refused row (up to 10,000) with its line (the header is line 1) and reason.")
    @APIResponse(
            responseCode = "200",
            description = "The import",
            content = @Content(schema = @Schema(implementation = ImportBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "No import has this execution id",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ImportBody status(
            @Parameter(description = "The execution id POST /imports answered", required = true)
                    @PathParam("executionId")
                    String executionId) {
        long id;
        try {
            id = Long.parseLong(executionId);
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_IMPORT", "executionId", executionId));
        }
        return ImportBody.of(imports.status(id));
    }
}
