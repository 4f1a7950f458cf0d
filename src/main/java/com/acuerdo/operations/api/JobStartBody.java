package com.acuerdo.operations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of POST /jobs/{jobName} (documentation only: the resource reads it field by field). */
@Schema(name = "JobStart", description = "Runs a step job for a slice of clients only.")
public record JobStartBody(
        @Schema(description = "The first client id (Acuerdo's internal id), included.", nullable = true)
                Long firstCustomerId,
        @Schema(description = "The last client id (Acuerdo's internal id), included.", nullable = true)
                Long lastCustomerId) {}
