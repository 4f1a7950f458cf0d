package com.acuerdo.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The row-level answers already given in this request. A case page asks several boundaries about the
 * same case (plan, guard badges, promises, arrangements, messages); the caller and the case's
 * assignment do not change in between, so the rule's queries run once per case and request, and
 * the caller's agent record is looked up once.
 */
@RequestScoped
class CaseAccessMemo {

    private final Map<String, Boolean> answers = new HashMap<>();
    private final Map<String, Optional<Long>> agentIds = new HashMap<>();

    /** @param key the case and what the answer depends on (its agent and team) */
    boolean allows(String key, Supplier<Boolean> rule) {
        var known = answers.get(key);
        if (known != null) {
            return known;
        }
        boolean answer = rule.get();
        answers.put(key, answer);
        return answer;
    }

    /** @param caller the caller's name (their agent record does not change within a request) */
    Optional<Long> agentId(String caller, Supplier<Optional<Long>> lookup) {
        var known = agentIds.get(caller);
        if (known == null) {
            known = lookup.get();
            agentIds.put(caller, known);
        }
        return known;
    }
}
