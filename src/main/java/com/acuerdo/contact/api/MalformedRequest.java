package com.acuerdo.contact.api;

import com.acuerdo.contact.boundary.ContactProblem;

/** A request the API cannot read: a missing field, an unknown enum value, an instant without offset. */
class MalformedRequest extends ContactProblem {

    MalformedRequest(String reason) {
        super(reason);
    }
}
