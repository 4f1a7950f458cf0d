package com.acuerdo.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The row-level answers already given in this request. A case page asks several boundaries about the
 * same case (plan, guard badges, promises, arrangements, messages); the caller and the case's
 * assignment do not change in between, so the rule's queries run once per case and request.
 */
@RequestScoped
class CaseAccessMemo {

    private final Map<String, Boolean> answers = new HashMap<>();

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
}
