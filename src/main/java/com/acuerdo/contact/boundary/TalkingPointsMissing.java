package com.acuerdo.contact.boundary;

import java.util.List;

/** A right-party conversation ending in a negotiation, without every mandatory talking point covered. */
public class TalkingPointsMissing extends ContactProblem {

    private final List<String> codes;

    public TalkingPointsMissing(List<String> codes) {
        super("mandatory talking points not covered: " + codes);
        this.codes = List.copyOf(codes);
    }

    /** The codes of the missing points, in checklist order. */
    public List<String> codes() {
        return codes;
    }
}
