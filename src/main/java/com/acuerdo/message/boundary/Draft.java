package com.acuerdo.message.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import java.io.Serializable;

/**
 * A message as the client would read it: the template filled with the case's values in the
 * client's language, the agent's text appended.
 *
 * @param subject null for SMS and templates without one
 * @param recipient the phone number or e-mail address (null for a letter)
 */
public record Draft(
        String templateCode,
        int revision,
        Channel channel,
        Language language,
        String recipient,
        String subject,
        String body)
        implements Serializable {}
