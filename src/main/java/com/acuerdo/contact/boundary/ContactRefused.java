package com.acuerdo.contact.boundary;

import com.acuerdo.contact.control.GuardDecision;
import java.util.Objects;

/** The contact guard refused an outbound contact; it was not recorded. Carries every reason. */
public class ContactRefused extends ContactProblem {

    private final transient GuardDecision decision;

    public ContactRefused(GuardDecision decision) {
        super("contact refused by the contact rules: " + decision.reasons());
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    public GuardDecision decision() {
        return decision;
    }
}
