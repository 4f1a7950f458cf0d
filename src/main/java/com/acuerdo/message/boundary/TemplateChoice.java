package com.acuerdo.message.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.io.Serializable;

/**
 * A template in force on the channel in the client's language.
 *
 * @param ready the case has every value the template needs (a promise confirmation needs an open
 *     promise); a screen offers the others disabled
 */
public record TemplateChoice(
        String code, Channel channel, Language language, int revision, String subject, boolean ready)
        implements Serializable {}
