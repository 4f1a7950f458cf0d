package com.acuerdo.quality.boundary;

import com.acuerdo.platform.audit.AuditType;

/** Audit event types of quality reviews; the subject is the review (or the contact when sampled). */
public enum QualityEvent implements AuditType {
    CONTACT_SAMPLED,
    CONTACT_ADDED_FOR_REVIEW,
    REVIEW_STARTED,
    REVIEW_SUBMITTED,
    REVIEW_ACKNOWLEDGED,
    REVIEW_DISPUTED,
    DISPUTE_REJECTED,
    DISPUTE_UPHELD;

    public static final String REVIEW = "REVIEW";
    public static final String CONTACT = "CONTACT";
}
