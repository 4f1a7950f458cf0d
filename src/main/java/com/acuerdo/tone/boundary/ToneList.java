package com.acuerdo.tone.boundary;

import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.tone.control.ToneCheck;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.control.ToneRefused;
import com.acuerdo.tone.control.ToneRule;
import com.acuerdo.tone.entity.ToneExpressionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The tone check with the list in force on the business date. Outbound texts (messages, templates
 * and what an agent types into them) go through {@link #refuseOffending}; texts that are kept but
 * never sent (an agent's notes) through {@link #warnings}.
 */
@Stateless
@PermitAll
public class ToneList {

    @Inject
    ToneExpressionRepository expressions;

    @Inject
    BusinessCalendar calendar;

    /** The matcher for today's list (a pure object: callers may check several texts with it). */
    public ToneCheck inForce() {
        return ToneCheck.of(
                expressions.inForce(calendar.today()).stream().map(ToneRule::of).toList());
    }

    /**
     * @throws ToneRefused listing every expression found, with its place in the text
     */
    public void refuseOffending(String outboundText) {
        inForce().refuseOffending(outboundText);
    }

    public List<ToneHit> warnings(String note) {
        return inForce().warnings(note);
    }
}
