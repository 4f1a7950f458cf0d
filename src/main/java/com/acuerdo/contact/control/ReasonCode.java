package com.acuerdo.contact.control;

/**
 * Why the contact guard refuses a contact. Screens and the API turn a code and its parameters into
 * text; the codes themselves are stable names.
 */
public enum ReasonCode {
    /** Outside the day's allowed hours in the client's zone: zone, localTime, opens, closes. */
    OUTSIDE_HOURS,
    /** The policy allows no contact on this weekday (e.g. Sunday): zone, date, dayOfWeek. */
    CLOSED_DAY,
    /** A public holiday of the client's jurisdiction on which the policy closes: zone, date. */
    HOLIDAY,
    /** Call attempts (calls and visits) cap: count, max, days. */
    CALL_CAP,
    /** Contacts over all channels on one day: count, max. */
    DAILY_CAP,
    /** Contacts over all channels in 7 days ending on the day of the contact: count, max, days. */
    WEEKLY_CAP,
    /** Quiet days after a telephone conversation: conversationOn, callsFrom. */
    AFTER_CONVERSATION,
    /** Written messages (SMS, e-mail) in 7 days: count, max, days. */
    WRITTEN_CAP,
    /** Written messages too close together: lastOn, nextOn. */
    WRITTEN_GAP,
    /** The jurisdiction needs the client's consent for this written channel: channel. */
    NO_CONSENT,
    /** The client opted out of this channel: channel, since. */
    OPTED_OUT,
    /** A cease-contact request: nothing but its written confirmation: since (and confirmedOn). */
    CEASE_REQUESTED,
    /** Disputed debt: no collection contact until resolved: since (until). */
    DISPUTED,
    /** Hardship pause: from (until). */
    PAUSED,
    /** Never contact third parties (family, employer, references) about the debt. */
    THIRD_PARTY,
    /** A cease request is confirmed in writing (letter or e-mail): channel. */
    CONFIRMATION_CHANNEL;

    /** Reasons that no passing of time lifts (only a change of facts: consent, recipient, channel). */
    boolean isTimeless() {
        return this == NO_CONSENT || this == THIRD_PARTY || this == CONFIRMATION_CHANNEL;
    }
}
