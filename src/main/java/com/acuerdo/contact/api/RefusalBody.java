package com.acuerdo.contact.api;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 409 of a contact the guard refused: the API's error shape plus when it would next be allowed. */
@Schema(name = "ContactRefusal")
@JsonbNillable
public record RefusalBody(
        @Schema(example = "refused") String error,
        @Schema(description = "Every reason, each starting with its code, e.g. \"CALL_CAP: 7 calls …\".")
                List<String> reasons,
        @Schema(
                        description =
                                "The next instant such a contact would be allowed; null when none within 60 days.",
                        nullable = true)
                Instant nextAllowedAt) {}
