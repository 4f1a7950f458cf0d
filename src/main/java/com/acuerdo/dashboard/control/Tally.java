package com.acuerdo.dashboard.control;

import java.math.BigDecimal;

/**
 * The raw counts and sums behind the dashboard's figures for one agent (or the cases without one),
 * as the database counted them. Tallies add up: the team's figures come from the sum of its agents'
 * tallies, never from averaging their percentages.
 */
public final class Tally {

    // portfolio (latest snapshot)
    public long accounts;
    public BigDecimal balance = BigDecimal.ZERO;
    // roll rates
    public RollMatrix rolls = new RollMatrix();
    // promises made in the period
    public long promisesMade;
    public long promisesKept;
    public long promisesPartial;
    public long promisesBroken;
    public BigDecimal promisedAmount = BigDecimal.ZERO;
    public BigDecimal promisePaidAmount = BigDecimal.ZERO;
    // arrangements
    public long arrangementsActive;
    public long arrangementsKept;
    public long arrangementsBroken;
    // contacts in the period
    public long attempts;
    public long rightPartyContacts;
    public long contacts;
    public long agentDays;
    public long guardRefusals;
    // recovery
    public BigDecimal collected = BigDecimal.ZERO;
    public BigDecimal outstanding = BigDecimal.ZERO;
    // retention: cured 90 days before the period, still current at its end
    public long curedCohort;
    public long retained;
    // credit mobility: cured in the period, no credit condition in force
    public long cures;
    public long mobile;
    // service quality
    public BigDecimal reviewScoreSum = BigDecimal.ZERO;
    public long reviews;
    public long disputes;
    public long toneRefusals;

    public Tally plus(Tally o) {
        var t = new Tally();
        t.accounts = accounts + o.accounts;
        t.balance = balance.add(o.balance);
        t.rolls = rolls.plus(o.rolls);
        t.promisesMade = promisesMade + o.promisesMade;
        t.promisesKept = promisesKept + o.promisesKept;
        t.promisesPartial = promisesPartial + o.promisesPartial;
        t.promisesBroken = promisesBroken + o.promisesBroken;
        t.promisedAmount = promisedAmount.add(o.promisedAmount);
        t.promisePaidAmount = promisePaidAmount.add(o.promisePaidAmount);
        t.arrangementsActive = arrangementsActive + o.arrangementsActive;
        t.arrangementsKept = arrangementsKept + o.arrangementsKept;
        t.arrangementsBroken = arrangementsBroken + o.arrangementsBroken;
        t.attempts = attempts + o.attempts;
        t.rightPartyContacts = rightPartyContacts + o.rightPartyContacts;
        t.contacts = contacts + o.contacts;
        t.agentDays = agentDays + o.agentDays;
        t.guardRefusals = guardRefusals + o.guardRefusals;
        t.collected = collected.add(o.collected);
        t.outstanding = outstanding.add(o.outstanding);
        t.curedCohort = curedCohort + o.curedCohort;
        t.retained = retained + o.retained;
        t.cures = cures + o.cures;
        t.mobile = mobile + o.mobile;
        t.reviewScoreSum = reviewScoreSum.add(o.reviewScoreSum);
        t.reviews = reviews + o.reviews;
        t.disputes = disputes + o.disputes;
        t.toneRefusals = toneRefusals + o.toneRefusals;
        return t;
    }
}
