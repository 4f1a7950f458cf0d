package com.acuerdo.contact.boundary;

import java.util.List;

/** Values that make no business sense (a contact in the future, a restriction ending before it starts …). */
public class InvalidContactRequest extends ContactProblem {

    private final List<String> reasons;

    public InvalidContactRequest(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public List<String> reasons() {
        return reasons;
    }
}
