package com.acuerdo.contact.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /accounts/{accountId}/contacts; values are read by the resource to say what is wrong. */
@Schema(name = "NewContact")
public record ContactRequest(
        @Schema(
                        required = true,
                        enumeration = {"CALL", "SMS", "EMAIL", "LETTER", "VISIT"})
                String channel,
        @Schema(
                        required = true,
                        enumeration = {"OUTBOUND", "INBOUND"})
                String direction,
        @Schema(
                        required = true,
                        description = "When it was made, ISO-8601 with offset.",
                        example = "2026-03-10T14:05:00Z")
                String at,
        @Schema(
                        required = true,
                        enumeration = {
                            "NO_ANSWER",
                            "LEFT_MESSAGE",
                            "WRONG_NUMBER",
                            "RIGHT_PARTY",
                            "THIRD_PARTY",
                            "REFUSED",
                            "CALLBACK_REQUESTED",
                            "DELIVERED",
                            "FAILED"
                        })
                String outcome,
        @Schema(
                        description = "Reason for the delay (motivo de mora).",
                        enumeration = {
                            "FORGOT",
                            "NO_STATEMENT",
                            "INCOME_LOSS",
                            "ILLNESS",
                            "OVERINDEBTED",
                            "DISPUTES_CHARGE",
                            "SERVICE_COMPLAINT",
                            "WILL_NOT_PAY",
                            "DECEASED",
                            "OTHER"
                        })
                String reason,
        @Schema(description = "At most 4000 characters.") String notes,
        @Schema(description = "Optional: the agreed next step.") String nextStep,
        @Schema(description = "Optional: the agreed callback, ISO-8601 with offset.") String callbackAt,
        @Schema(description = "Optional: codes of the talking points covered.") List<String> talkingPoints,
        @Schema(
                        description = "Optional: CEASE_CONFIRMATION for the written confirmation of a cease request.",
                        enumeration = {"COLLECTION", "CEASE_CONFIRMATION"})
                String purpose) {}
