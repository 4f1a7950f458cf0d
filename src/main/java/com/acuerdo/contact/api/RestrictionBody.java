package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.RecordedRestriction;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored restriction (201 of POST /accounts/{accountId}/restrictions). */
@Schema(name = "StoredRestriction")
@JsonbNillable
public record RestrictionBody(
        long id,
        String customerId,
        @Schema(description = "The account it covers; null: every account of the client.", nullable = true)
                String accountId,
        String type,
        LocalDate from,
        @Schema(nullable = true) LocalDate until,
        boolean lifted) {

    static RestrictionBody of(RecordedRestriction r) {
        return new RestrictionBody(
                r.id(), r.customerId(), r.accountId(), r.type().name(), r.from(), r.until(), r.lifted());
    }
}
