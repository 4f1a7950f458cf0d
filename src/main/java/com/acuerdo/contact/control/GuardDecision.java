package com.acuerdo.contact.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact guard's answer: allowed, or refused with every reason that applies; and the next
 * instant a contact of the same kind would be allowed (empty when none within the search horizon,
 * e.g. after a cease-contact request).
 */
public record GuardDecision(boolean allowed, List<GuardReason> reasons, Instant nextAllowedAt) {

    public GuardDecision {
        reasons = List.copyOf(reasons);
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("allowed exactly when there is no reason against");
        }
    }

    public static GuardDecision allowedAt(Instant at) {
        return new GuardDecision(true, List.of(), at);
    }

    public static GuardDecision refused(List<GuardReason> reasons, Instant nextAllowedAt) {
        return new GuardDecision(false, reasons, nextAllowedAt);
    }

    public Optional<Instant> nextAllowed() {
        return Optional.ofNullable(nextAllowedAt);
    }

    public Set<ReasonCode> codes() {
        return reasons.stream().map(GuardReason::code).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<GuardReason> reason(ReasonCode code) {
        return reasons.stream().filter(reason -> reason.code() == code).findFirst();
    }
}
