package com.acuerdo.platform.outbox;

/** A delivery attempt did not succeed; the message is tried again later (see {@link Backoff}). */
public class DeliveryFailed extends RuntimeException {

    public DeliveryFailed(String message) {
        super(message);
    }

    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
