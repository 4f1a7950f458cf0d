package com.acuerdo.message.boundary;

import java.io.Serializable;

/** A message put in the outbox and the outbound contact recorded for it. */
public record Sent(long outboxId, long contactId, Draft draft) implements Serializable {}
