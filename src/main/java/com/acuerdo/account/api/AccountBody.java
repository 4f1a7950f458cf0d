package com.acuerdo.account.api;

import com.acuerdo.casework.boundary.AccountStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of GET /accounts/{accountId}; the names are the integration contract's. */
@Schema(name = "Account", description = "An account's collection status.")
@JsonbNillable // null fields are written as null: integrators see every contract name
public record AccountBody(
        @Schema(description = "The core bank's account id.", example = "4000123412341234") String accountId,
        @Schema(description = "The core bank's customer id.") String customerId,
        @Schema(
                        description = "What the client owes on the account's bills, with the currency's decimals.",
                        example = "1500.00")
                String balance,
        @Schema(description = "ISO 4217 code.", example = "MXN") String currency,
        @Schema(description = "Days past due at the last nightly aging.") int daysPastDue,
        @Schema(
                        enumeration = {
                            "CURRENT",
                            "DPD_1_29",
                            "DPD_30_59",
                            "DPD_60_89",
                            "DPD_90_119",
                            "DPD_120_179",
                            "DPD_180_PLUS"
                        })
                String bucket,
        @Schema(description = "The open collection case linking the account; null when none.", nullable = true)
                Long caseId,
        @Schema(
                        enumeration = {
                            "REMIND",
                            "IDENTIFY_BARRIERS",
                            "SECURE_COMMITMENT",
                            "PRESSURE",
                            "CHANGE_CONDITIONS"
                        },
                        nullable = true,
                        description = "The contact objective; null when the account is current.")
                String objective,
        @Schema(description = "Username of the agent working the case; null when unassigned.", nullable = true)
                String assignedAgent,
        @Schema(description = "Contact restrictions active on the business date.") List<RestrictionBody> restrictions) {

    @Schema(name = "Restriction")
    @JsonbNillable
    public record RestrictionBody(
            @Schema(enumeration = {"CEASE", "DISPUTE", "NO_CALL", "NO_SMS", "NO_EMAIL", "PAUSE"}) String type,
            @Schema(description = "First day (YYYY-MM-DD).") LocalDate from,
            @Schema(description = "Last day, inclusive; null while open.", nullable = true) LocalDate until) {}

    static AccountBody of(AccountStatus status) {
        return new AccountBody(
                status.accountId(),
                status.customerId(),
                status.balance().amount().toPlainString(),
                status.balance().currency(),
                status.daysPastDue(),
                status.bucket().name(),
                status.caseId(),
                status.objective() == null ? null : status.objective().name(),
                status.assignedAgent(),
                status.restrictions().stream()
                        .map(r -> new RestrictionBody(r.type().name(), r.from(), r.until()))
                        .toList());
    }
}
