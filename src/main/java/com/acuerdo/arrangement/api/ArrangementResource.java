package com.acuerdo.arrangement.api;

import com.acuerdo.arrangement.boundary.Arrangements;
import com.acuerdo.arrangement.boundary.Proposal;
import com.acuerdo.arrangement.entity.Frequency;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("accounts/{accountId}/arrangements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@Tag(name = "Arrangements", description = "Payment arrangements on the accounts of your cases.")
public class ArrangementResource {

    @Inject
    Arrangements arrangements;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose a payment arrangement",
            description = "Checked against the arrangement policy of the account's product, bucket and currency."
                    + " Inside the soft limits: ACTIVE at once. Beyond them: PENDING_APPROVAL, in the supervisors'"
                    + " approval queue, with `approvalReasons`. Beyond the hard limits, or with impossible figures:"
                    + " 422 with every reason as `CODE (name=value, …)` — MAX_INSTALMENTS, MIN_DOWN_PAYMENT,"
                    + " MIN_INSTALMENT, MAX_DISCOUNT, MAX_DAYS_TO_FIRST_PAYMENT, DOWN_PAYMENT_DECIMALS,"
                    + " DOWN_PAYMENT_COVERS_DEBT, FIRST_DUE_BEFORE_BUSINESS_DATE, … The schedule's amounts add up"
                    + " exactly to `financed`, the rounding remainder in the last instalment; the down payment % is"
                    + " of the debt after the discount.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArrangementBody.Request.class)))
    @APIResponse(
            responseCode = "201",
            description = "ACTIVE or PENDING_APPROVAL, with the schedule",
            content = @Content(schema = @Schema(implementation = ArrangementBody.class)))
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
            description = "Outside the hard limits or impossible figures, with every reason",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response propose(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId,
            String body) {
        var json = RequestJson.parse(body);
        var downPayment = json.amount("downPayment");
        var instalments = json.integer("instalments");
        var frequencyName = json.text("frequency");
        var firstDueOn = json.date("firstDueOn");
        var discount = json.optionalAmount("discountPercent").orElse(BigDecimal.ZERO);
        json.requireValid();
        var proposal = new Proposal(downPayment, instalments, frequency(frequencyName), firstDueOn, discount);
        return Response.status(Response.Status.CREATED)
                .entity(ArrangementBody.of(arrangements.propose(accountId, proposal)))
                .build();
    }

    @GET
    @Operation(
            summary = "The account's arrangements with their schedules and decisions, newest first",
            description = "The agent sees here a supervisor's decision: status ACTIVE or REJECTED, decidedBy,"
                    + " decisionReason, decidedAt.")
    @APIResponse(
            responseCode = "200",
            description = "The arrangements",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArrangementBody.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not an account of your cases",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown account",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public List<ArrangementBody> list(
            @Parameter(description = "The core bank's account id", required = true) @PathParam("accountId")
                    String accountId) {
        return arrangements.ofAccount(accountId).stream()
                .map(ArrangementBody::of)
                .toList();
    }

    private static Frequency frequency(String name) {
        try {
            return Frequency.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Refusal(
                    Refusal.Kind.MALFORMED,
                    Reason.of(
                            "FIELD_MALFORMED",
                            "field",
                            "frequency",
                            "expected",
                            String.join(
                                    "|",
                                    Arrays.stream(Frequency.values())
                                            .map(Enum::name)
                                            .toList())));
        }
    }
}
