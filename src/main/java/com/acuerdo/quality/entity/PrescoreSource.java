package com.acuerdo.quality.entity;

/** Facts the system already knows from the contact log, used to pre-score a criterion. */
public enum PrescoreSource {
    /** The contact happened inside the jurisdiction's allowed hours. */
    CONTACT_WITHIN_HOURS,
    /** The contact stayed within the jurisdiction's caps. */
    WITHIN_CAPS,
    /** The reason for the delay was recorded on the contact. */
    DELAY_REASON_RECORDED,
    /** The agent ticked the mandatory talking points. */
    TALKING_POINTS_TICKED,
    /** A promise or arrangement was recorded when the client committed. */
    PROMISE_RECORDED
}
