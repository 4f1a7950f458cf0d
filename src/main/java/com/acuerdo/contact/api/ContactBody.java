package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.RecordedContact;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded contact (201 of POST /accounts/{accountId}/contacts). */
@Schema(name = "Contact")
@JsonbNillable
public record ContactBody(
        long id,
        long caseId,
        @Schema(nullable = true) String accountId,
        String channel,
        String direction,
        Instant at,
        String outcome,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) String notes,
        String purpose,
        @Schema(nullable = true) String nextStep,
        @Schema(nullable = true) Instant callbackAt,
        @Schema(description = "Username of the agent who recorded it; null for an integration.", nullable = true)
                String agent) {

    static ContactBody of(RecordedContact c) {
        return new ContactBody(
                c.id(),
                c.caseId(),
                c.accountId(),
                c.channel().name(),
                c.direction().name(),
                c.at(),
                c.outcome().name(),
                c.reason() == null ? null : c.reason().name(),
                c.notes(),
                c.purpose().name(),
                c.nextStep(),
                c.callbackAt(),
                c.agent());
    }
}
