package com.acuerdo.platform.audit;

/**
 * A kind of audit event. Each capability declares its own enum implementing this (e.g. {@code
 * SecurityEvent.LOGIN}, later {@code PromiseEvent.PROMISE_MADE}); the name is stored.
 */
public interface AuditType {
    String name();
}
