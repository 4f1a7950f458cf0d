package com.acuerdo.platform.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a rule refused something, as a stable code and its figures, so screens can localise it
 * ({@code messages: reason.CODE} with the params) and the API can show it as {@code CODE (k=v, …)}.
 */
public record Reason(String code, Map<String, String> params) {

    public Reason {
        Objects.requireNonNull(code, "code");
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static Reason of(String code) {
        return new Reason(code, Map.of());
    }

    /** Params in the order given: {@code of("X", "amount", "10.00", "balance", "5.00")}. */
    public static Reason of(String code, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        var params = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(String.valueOf(keysAndValues[i]), String.valueOf(keysAndValues[i + 1]));
        }
        return new Reason(code, params);
    }

    /** The API's text: the code, then the figures in parentheses. */
    public String text() {
        if (params.isEmpty()) {
            return code;
        }
        return code
                + params.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", " (", ")"));
    }

    @Override
    public String toString() {
        return text();
    }
}
