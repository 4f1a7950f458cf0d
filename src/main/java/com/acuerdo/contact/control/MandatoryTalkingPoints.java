package com.acuerdo.contact.control;

import com.acuerdo.contact.entity.ContactOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A right-party conversation that ends in a negotiation (a promise or an arrangement) is saved only
 * once every mandatory talking point of the case's checklist was covered: the client heard what the
 * bank must say before agreeing to anything.
 */
public final class MandatoryTalkingPoints {

    private MandatoryTalkingPoints() {}

    /** Whether the checklist must be complete for this contact. */
    public static boolean apply(ContactOutcome outcome, NextStep nextStep) {
        return outcome == ContactOutcome.RIGHT_PARTY && nextStep != null && nextStep.isNegotiation();
    }

    /**
     * @param mandatory the codes of the mandatory points, in checklist order
     * @param covered the codes the agent ticked
     * @return the mandatory codes not ticked, in checklist order; empty when the contact may be saved
     */
    public static List<String> missing(
            ContactOutcome outcome, NextStep nextStep, List<String> mandatory, Collection<String> covered) {
        if (!apply(outcome, nextStep)) {
            return List.of();
        }
        var ticked = covered == null ? Set.<String>of() : Set.copyOf(covered);
        return mandatory.stream().filter(code -> !ticked.contains(code)).toList();
    }
}
