package com.acuerdo.message.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A message that cannot be composed: no such template for the client's language, no address on
 * the channel, a case that is closed. {@link #key()} names the bundle text a screen shows.
 */
@ApplicationException(rollback = true)
public class MessageRefused extends RuntimeException {

    public static final String UNKNOWN_TEMPLATE = "ws.msg.error.template";
    public static final String NO_ADDRESS = "ws.msg.error.address";
    public static final String CASE_CLOSED = "ws.msg.error.closed";
    public static final String TOO_LONG = "ws.msg.error.tooLong";

    private final String key;

    public MessageRefused(String key, String detail) {
        super(detail);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
