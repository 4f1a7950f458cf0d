package com.acuerdo.contact.api;

import com.acuerdo.contact.control.GuardDecision;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of GET /accounts/{accountId}/contact-check. */
@Schema(name = "ContactCheck", description = "Whether an outbound contact is allowed, why not, and when next.")
@JsonbNillable
public record CheckBody(
        @Schema(description = "Whether the contact is allowed at the asked instant.") boolean allowed,
        @Schema(
                        description = "Every reason against, each starting with its code, e.g."
                                + " \"OUTSIDE_HOURS: it is 21:00 in America/New_York; …\". Empty when allowed.")
                List<String> reasons,
        @Schema(
                        description = "The asked instant when allowed; else the next instant it would be allowed;"
                                + " null when not within 60 days (e.g. a cease-contact request).",
                        nullable = true)
                Instant nextAllowedAt,
        @Schema(description = "The same reasons as codes with their parameters, for programs.")
                List<ReasonDetail> details) {

    @Schema(name = "ContactCheckReason")
    public record ReasonDetail(
            @Schema(
                            enumeration = {
                                "OUTSIDE_HOURS",
                                "CLOSED_DAY",
                                "HOLIDAY",
                                "CALL_CAP",
                                "DAILY_CAP",
                                "WEEKLY_CAP",
                                "AFTER_CONVERSATION",
                                "WRITTEN_CAP",
                                "WRITTEN_GAP",
                                "NO_CONSENT",
                                "OPTED_OUT",
                                "CEASE_REQUESTED",
                                "DISPUTED",
                                "PAUSED",
                                "THIRD_PARTY",
                                "CONFIRMATION_CHANNEL"
                            })
                    String code,
            Map<String, String> params) {}

    static CheckBody of(GuardDecision decision) {
        return new CheckBody(
                decision.allowed(),
                decision.reasons().stream().map(ReasonText::of).toList(),
                decision.nextAllowedAt(),
                decision.reasons().stream()
                        .map(reason -> new ReasonDetail(reason.code().name(), reason.params()))
                        .toList());
    }
}
