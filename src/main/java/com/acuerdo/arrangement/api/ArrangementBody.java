package com.acuerdo.arrangement.api;

import com.acuerdo.arrangement.boundary.ArrangementView;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of a payment arrangement; amounts are strings with the currency's decimals. */
@Schema(name = "Arrangement", description = "A payment arrangement (convenio de pago) on an account.")
@JsonbNillable
public record ArrangementBody(
        long arrangementId,
        @Schema(description = "The core bank's account id.") String accountId,
        long caseId,
        @Schema(enumeration = {"ACTIVE", "PENDING_APPROVAL", "REJECTED", "COMPLETED", "BROKEN", "CANCELLED"})
                String status,
        @Schema(example = "USD") String currency,
        @Schema(description = "The balance arranged.", example = "1000.00") String totalBeforeDiscount,
        @Schema(example = "10") String discountPercent,
        String totalAfterDiscount,
        String downPayment,
        @Schema(description = "What the instalments add up to, exactly.") String financed,
        @Schema(enumeration = {"WEEKLY", "FORTNIGHTLY", "MONTHLY"}) String frequency,
        int instalments,
        LocalDate firstDueOn,
        List<Instalment> schedule,
        @Schema(description = "Why it needs a supervisor: the soft limits it breaks.") List<String> approvalReasons,
        Instant requestedAt,
        @Schema(nullable = true, description = "The supervisor who approved or rejected it.") String decidedBy,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "Optimistic-lock version; send it back on a decision.") long version) {

    @Schema(name = "Instalment")
    public record Instalment(
            int number,
            LocalDate dueOn,
            @Schema(example = "225.00") String amount,
            @Schema(enumeration = {"DUE", "PAID", "PARTIAL", "MISSED"}) String status) {}

    static ArrangementBody of(ArrangementView view) {
        return new ArrangementBody(
                view.arrangementId(),
                view.accountId(),
                view.caseId(),
                view.status().name(),
                view.totalBeforeDiscount().currency(),
                view.totalBeforeDiscount().amount().toPlainString(),
                view.discountPercent().stripTrailingZeros().toPlainString(),
                view.totalAfterDiscount().amount().toPlainString(),
                view.downPayment().amount().toPlainString(),
                view.financed().amount().toPlainString(),
                view.frequency().name(),
                view.schedule().size(),
                view.firstDueOn(),
                view.schedule().stream()
                        .map(line -> new Instalment(
                                line.number(),
                                line.dueOn(),
                                line.amount().amount().toPlainString(),
                                line.status().name()))
                        .toList(),
                view.approvalReasons(),
                view.requestedAt(),
                view.decidedBy(),
                view.decisionReason(),
                view.decidedAt(),
                view.version());
    }

    /** The request of POST /accounts/{accountId}/arrangements, for the OpenAPI document. */
    @Schema(name = "ArrangementRequest")
    public record Request(
            @Schema(
                            required = true,
                            description = "A JSON string or number with at most the currency's decimals (0 for none).",
                            example = "100.00")
                    String downPayment,
            @Schema(required = true, description = "Number of instalments after the down payment.", example = "6")
                    int instalments,
            @Schema(
                            required = true,
                            enumeration = {"WEEKLY", "FORTNIGHTLY", "MONTHLY"})
                    String frequency,
            @Schema(required = true, description = "YYYY-MM-DD") LocalDate firstDueOn,
            @Schema(description = "Discount (quita) in %, at most two decimals; 0 when absent.", example = "0")
                    String discountPercent) {}

    /** The request of POST /approvals/{arrangementId}/approve|reject. */
    @Schema(name = "ApprovalDecision")
    public record Decision(
            @Schema(description = "Why; required to reject (the agent sees it).") String reason,
            @Schema(description = "The version you saw in the queue; another one is a 409 (reload).", nullable = true)
                    Long version) {}
}
