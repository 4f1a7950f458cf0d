package com.acuerdo.operations.api;

import com.acuerdo.intake.api.ImportBody;
import com.acuerdo.operations.boundary.Jobs;
import com.acuerdo.platform.api.ErrorBody;
import com.acuerdo.platform.api.RequestJson;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Jobs", description = "The nightly jobs: start, watch, stop and restart (ADMIN).")
public class JobResource {

    @Inject
    Jobs jobs;

    @POST
    @Path("{jobName}")
    @Operation(
            summary = "Start a job",
            description = "nightly (the whole chain) or one step: aging, promise-follow-up, escalation, reminders."
                    + " A step may run for a slice of clients only: optional JSON body"
                    + " {\"firstCustomerId\": n, \"lastCustomerId\": m} (Acuerdo's internal client ids, both"
                    + " included; either may be left out). The chain always runs for every client.")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = JobStartBody.class)))
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content = @Content(schema = @Schema(implementation = ImportBody.Started.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is not a JSON object of integer ids",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown job, or not part of this build",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "422",
            description = "A slice of clients for a job that runs for all (nightly), or an empty slice",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response start(
            @Parameter(description = "The job's name", required = true) @PathParam("jobName") String jobName,
            String body) {
        Long first = null;
        Long last = null;
        if (body != null && !body.isBlank()) {
            var json = RequestJson.parse(body);
            first = json.optionalLong("firstCustomerId").orElse(null);
            last = json.optionalLong("lastCustomerId").orElse(null);
            json.requireValid();
        }
        return Response.accepted(new ImportBody.Started(jobs.start(jobName, first, last)))
                .build();
    }

    @GET
    @Path("executions/{id}")
    @Operation(summary = "A job execution: status, counts read/written/skipped, start, end, exit status, steps")
    @APIResponse(
            responseCode = "200",
            description = "The execution",
            content = @Content(schema = @Schema(implementation = ExecutionBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown execution",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ExecutionBody execution(
            @Parameter(description = "Execution id", required = true) @PathParam("id") String id) {
        return ExecutionBody.of(jobs.execution(executionId(id)));
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(
            summary = "Restart a stopped or failed execution, or one whose server was lost",
            description = "It continues from its last checkpoint, with the same parameters. An execution"
                    + " still STARTED whose server is gone (serverLost: true, after a crash) restarts too.")
    @APIResponse(
            responseCode = "202",
            description = "Restarted: the new execution's id",
            content = @Content(schema = @Schema(implementation = ImportBody.Started.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown execution",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Completed, running on a live server, or not the latest execution of its job instance",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response restart(@Parameter(description = "Execution id", required = true) @PathParam("id") String id) {
        return Response.accepted(new ImportBody.Started(jobs.restart(executionId(id))))
                .build();
    }

    @POST
    @Path("executions/{id}/stop")
    @Operation(summary = "Ask a running execution to stop", description = "It stops at its next checkpoint.")
    @APIResponse(
            responseCode = "202",
            description = "Stop requested",
            content = @Content(schema = @Schema(implementation = ImportBody.Started.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown execution",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not running",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response stop(@Parameter(description = "Execution id", required = true) @PathParam("id") String id) {
        long executionId = executionId(id);
        jobs.stop(executionId);
        return Response.accepted(new ImportBody.Started(executionId)).build();
    }

    private static long executionId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_EXECUTION", "executionId", id));
        }
    }
}
