package com.acuerdo.quality.entity;

/**
 * A quality action the rules do not allow now (e.g. editing a published scorecard, acknowledging a
 * draft review). {@code key} names the resource-bundle message shown to the user.
 */
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
