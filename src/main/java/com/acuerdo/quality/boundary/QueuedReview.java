package com.acuerdo.quality.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.quality.entity.SampleSource;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A contact waiting in the review queue, with what a reviewer needs to pick it. */
public record QueuedReview(
        long sampleId,
        long contactId,
        Instant contactAt,
        Channel channel,
        ContactOutcome outcome,
        String customerName,
        String agentName,
        SampleSource source,
        LocalDate periodStart,
        LocalDate periodEnd)
        implements Serializable {}
