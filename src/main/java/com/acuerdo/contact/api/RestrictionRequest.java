package com.acuerdo.contact.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /accounts/{accountId}/restrictions. */
@Schema(name = "NewRestriction")
public record RestrictionRequest(
        @Schema(
                        required = true,
                        enumeration = {"CEASE", "DISPUTE", "NO_CALL", "NO_SMS", "NO_EMAIL", "PAUSE"})
                String type,
        @Schema(description = "First day (YYYY-MM-DD); default the business date.") String from,
        @Schema(description = "Last day, inclusive (YYYY-MM-DD); absent while open.") String until,
        @Schema(description = "Optional note, at most 1000 characters.") String note) {}
