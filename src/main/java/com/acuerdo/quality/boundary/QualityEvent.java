package com.acuerdo.quality.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of quality: reviews, samples (the contact) and coaching actions. */
public enum QualityEvent implements AuditType {
    CONTACT_SAMPLED,
    CONTACT_ADDED_FOR_REVIEW,
    REVIEW_STARTED,
    RECORDING_ATTACHED,
    REVIEW_SUBMITTED,
    REVIEW_ACKNOWLEDGED,
    REVIEW_DISPUTED,
    DISPUTE_REJECTED,
    DISPUTE_UPHELD,
    COACHING_CREATED,
    COACHING_ACKNOWLEDGED,
    COACHING_FOLLOWED_UP,
    COACHING_CLOSED,
    CALIBRATION_OPENED,
    CALIBRATION_REVEALED,
    SCORECARD_DRAFTED,
    SCORECARD_EDITED,
    SCORECARD_PUBLISHED;

    public static final String REVIEW = "REVIEW";
    public static final String CONTACT = "CONTACT";
}
