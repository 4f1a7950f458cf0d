package com.acuerdo.casework.control;

import com.acuerdo.aging.entity.AgingBucket;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The strategy's escalation rules (table escalation_rule) and what they decide for one open case on a
 * business date. While the client keeps a promise or an arrangement, escalation waits.
 */
public record EscalationRules(
        int brokenPromisesMax,
        int brokenPromisesDays,
        int noRightPartyDays,
        AgingBucket restrictFrom,
        AgingBucket chargeOffFrom) {

    public enum Reason {
        BROKEN_PROMISES,
        NO_RIGHT_PARTY_CONTACT,
        CHANGED_CONDITIONS,
        CHARGE_OFF_CANDIDATE
    }

    /**
     * @param bucket the case's bucket
     * @param openedOn when the case was opened
     * @param beingKept an open promise not yet due or an active arrangement
     * @param brokenRecently promises and arrangements broken in the last {@code brokenPromisesDays}
     * @param lastConversation the day of the last right-party contact, null when none
     */
    public record Facts(
            AgingBucket bucket,
            LocalDate openedOn,
            boolean beingKept,
            int brokenRecently,
            LocalDate lastConversation) {}

    public EscalationRules {
        Objects.requireNonNull(restrictFrom, "restrictFrom");
        Objects.requireNonNull(chargeOffFrom, "chargeOffFrom");
        if (brokenPromisesMax < 1 || brokenPromisesDays < 1 || noRightPartyDays < 1) {
            throw new IllegalArgumentException("escalation thresholds must be positive");
        }
    }

    public Set<Reason> reasons(Facts facts, LocalDate businessDate) {
        var reasons = EnumSet.noneOf(Reason.class);
        if (facts.beingKept() || !facts.bucket().isDelinquent()) {
            return reasons;
        }
        if (facts.brokenRecently() >= brokenPromisesMax) {
            reasons.add(Reason.BROKEN_PROMISES);
        }
        var silentSince = businessDate.minusDays(noRightPartyDays);
        var lastHeard = facts.lastConversation() == null ? facts.openedOn() : facts.lastConversation();
        if (!lastHeard.isAfter(silentSince)) {
            reasons.add(Reason.NO_RIGHT_PARTY_CONTACT);
        }
        if (facts.bucket().compareTo(restrictFrom) >= 0) {
            reasons.add(Reason.CHANGED_CONDITIONS);
        }
        if (facts.bucket().compareTo(chargeOffFrom) >= 0) {
            reasons.add(Reason.CHARGE_OFF_CANDIDATE);
        }
        return reasons;
    }

    /** Whether an account in this bucket gets its credit limit reduced and new charges blocked. */
    public boolean restricts(AgingBucket accountBucket) {
        return accountBucket.compareTo(restrictFrom) >= 0;
    }
}
