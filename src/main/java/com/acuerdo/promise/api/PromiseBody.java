package com.acuerdo.promise.api;

import com.acuerdo.promise.boundary.PromiseView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of a promise to pay; the names are the integration contract's. */
@Schema(name = "Promise", description = "A promise to pay (promesa de pago) on an account.")
@JsonbNillable
public record PromiseBody(
        long promiseId,
        @Schema(description = "The core bank's account id.") String accountId,
        long caseId,
        @Schema(description = "With the currency's decimals.", example = "400.00") String amount,
        @Schema(example = "MXN") String currency,
        @Schema(description = "YYYY-MM-DD") LocalDate dueOn,
        @Schema(description = "The business date it was made on.") LocalDate madeOn,
        @Schema(enumeration = {"OPEN", "KEPT", "PARTIAL", "BROKEN", "CANCELLED"}) String status,
        @Schema(description = "Paid towards it, once followed up.") String amountPaid,
        @Schema(nullable = true, description = "When it was followed up or cancelled.") LocalDate resolvedOn,
        @Schema(description = "Optimistic-lock version; send it back on a change.") long version) {

    static PromiseBody of(PromiseView view) {
        return new PromiseBody(
                view.promiseId(),
                view.accountId(),
                view.caseId(),
                view.amount().amount().toPlainString(),
                view.amount().currency(),
                view.dueOn(),
                view.madeOn(),
                view.status().name(),
                view.amountPaid().amount().toPlainString(),
                view.resolvedOn(),
                view.version());
    }

    /** The request of POST /accounts/{accountId}/promises, for the OpenAPI document. */
    @Schema(name = "PromiseRequest")
    public record Request(
            @Schema(
                            required = true,
                            description = "A JSON string or number with at most the currency's decimals"
                                    + " (more: 422 AMOUNT_DECIMALS).",
                            example = "400.00")
                    String amount,
            @Schema(required = true, description = "YYYY-MM-DD, from the business date up to the policy's days ahead.")
                    LocalDate dueOn) {}

    /** The optional request of POST …/promises/{promiseId}/cancel. */
    @Schema(name = "PromiseCancelRequest")
    public record Cancel(
            @Schema(description = "The version you saw; another one is a 409 (reload).", nullable = true)
                    Long version) {}
}
