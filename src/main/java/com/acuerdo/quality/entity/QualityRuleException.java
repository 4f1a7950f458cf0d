package com.acuerdo.quality.entity;

import jakarta.ejb.ApplicationException;

/**
 * A quality action the rules do not allow now (e.g. editing a published scorecard, acknowledging a
 * draft review). {@code key} names the resource-bundle message shown to the user.
 */
@ApplicationException(rollback = true)
public class QualityRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public QualityRuleException(String key, String detail) {
        super(key + ": " + detail);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
