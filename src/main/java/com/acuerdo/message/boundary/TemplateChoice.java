package com.acuerdo.message.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.io.Serializable;

/** A template the agent may choose for a case: in force, on the channel, in the client's language. */
public record TemplateChoice(String code, Channel channel, Language language, int revision, String subject)
        implements Serializable {}
