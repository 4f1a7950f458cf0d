package com.acuerdo.quality.web;

import com.acuerdo.platform.web.Messages;
import com.acuerdo.quality.boundary.Sampling;
import com.acuerdo.quality.entity.QualityRuleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The supervisor's "send to QA" on a contact of the case timeline. */
@Named
@RequestScoped
public class SendToQa {

    @Inject
    Sampling sampling;

    @Inject
    Messages messages;

    public void send(long contactId) {
        try {
            sampling.add(contactId);
            messages.info("qa.added");
        } catch (QualityRuleException refused) {
            messages.error(refused.key());
        }
    }
}
