package com.acuerdo.strategy.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.time.LocalDate;

/** One stored revision of a message template and where it stands today. */
public record TemplateVersion(
        String code,
        Channel channel,
        Language language,
        String subject,
        String body,
        int revision,
        LocalDate effectiveFrom,
        VersionState state) {}
