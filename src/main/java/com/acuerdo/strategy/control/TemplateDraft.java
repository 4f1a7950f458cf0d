package com.acuerdo.strategy.control;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;

/** A message template as the screen edits it; a new version of (code, channel, language). */
public record TemplateDraft(String code, Channel channel, Language language, String subject, String body) {

    public TemplateDraft normalised() {
        return new TemplateDraft(
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                channel,
                language,
                subject == null || subject.isBlank() ? null : subject.strip(),
                body == null ? null : body.strip());
    }

    public String key() {
        return code + "/" + channel + "/" + (language == null ? "" : language.name());
    }
}
