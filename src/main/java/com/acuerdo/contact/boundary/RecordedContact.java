package com.acuerdo.contact.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactPurpose;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import java.time.Instant;

/** A stored contact as boundaries return it (no entity leaves the transaction). */
public record RecordedContact(
        long id,
        long caseId,
        String accountId,
        Channel channel,
        Direction direction,
        Instant at,
        ContactOutcome outcome,
        DelayReason reason,
        String notes,
        ContactPurpose purpose,
        String nextStep,
        Instant callbackAt,
        String agent) {}
