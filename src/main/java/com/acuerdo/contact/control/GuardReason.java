package com.acuerdo.contact.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One reason of a refusal: a code and its parameters (in a stable order), to be put into words later. */
public record GuardReason(ReasonCode code, Map<String, String> params) {

    public GuardReason {
        Objects.requireNonNull(code, "code");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** @param keysAndValues key, value, key, value … (values are written with {@code toString}) */
    static GuardReason of(ReasonCode code, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        var params = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i].toString(), String.valueOf(keysAndValues[i + 1]));
        }
        return new GuardReason(code, params);
    }

    public String param(String key) {
        return params.get(key);
    }

    /** {@code CALL_CAP{count=7, max=7, days=7}}: the code first, readable without a bundle. */
    @Override
    public String toString() {
        return code + (params.isEmpty() ? "" : params.toString());
    }
}
