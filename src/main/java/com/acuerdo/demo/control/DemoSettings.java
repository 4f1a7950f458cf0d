package com.acuerdo.demo.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The demo department's settings and the one decision whether to load it. Read from MicroProfile
 * Config ({@code acuerdo.demo.load}, {@code acuerdo.demo.clients}, {@code acuerdo.demo.seed}); the
 * environment variables {@code ACUERDO_DEMO_LOAD}, {@code ACUERDO_DEMO_CLIENTS} and
 * {@code ACUERDO_DEMO_SEED} win over them, also over the system properties the run command passes.
 *
 * @param clients how many clients to generate; 0 = the organisation and users only
 */
public record DemoSettings(DemoLoad load, int clients, long seed) {

    public static final String LOAD = "acuerdo.demo.load";
    public static final String CLIENTS = "acuerdo.demo.clients";
    public static final String SEED = "acuerdo.demo.seed";
    public static final int DEFAULT_CLIENTS = 5000;
    public static final long DEFAULT_SEED = 20260310L;

    public DemoSettings {
        if (load == null) {
            throw new IllegalArgumentException("load");
        }
        if (clients < 0) {
            throw new IllegalArgumentException("acuerdo.demo.clients cannot be negative: " + clients);
        }
    }

    /**
     * @param config a setting by name (MicroProfile Config)
     * @param environment the process environment
     */
    public static DemoSettings from(Function<String, Optional<String>> config, Map<String, String> environment) {
        var load = DemoLoad.ofSetting(setting(LOAD, config, environment).orElse(null));
        var clients = setting(CLIENTS, config, environment)
                .map(value -> value.isBlank() ? 0 : Integer.parseInt(value.strip()))
                .orElse(DEFAULT_CLIENTS);
        var seed = setting(SEED, config, environment)
                .filter(value -> !value.isBlank())
                .map(value -> Long.parseLong(value.strip()))
                .orElse(DEFAULT_SEED);
        return new DemoSettings(load, clients, seed);
    }

    private static Optional<String> setting(
            String name, Function<String, Optional<String>> config, Map<String, String> environment) {
        var variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        var fromEnvironment = environment.get(variable);
        return fromEnvironment != null ? Optional.of(fromEnvironment) : config.apply(name);
    }

    /**
     * Whether to load now. Only an empty database (no client, no user) ever receives the demo, so a
     * restart or a second instance never adds a second department.
     *
     * @param databaseProduct the JDBC product name, e.g. "H2" or "PostgreSQL"
     */
    public boolean shouldLoad(String databaseProduct, boolean databaseEmpty) {
        if (!databaseEmpty) {
            return false;
        }
        return switch (load) {
            case NEVER -> false;
            case ALWAYS -> true;
            case EMBEDDED -> isEmbedded(databaseProduct);
        };
    }

    static boolean isEmbedded(String databaseProduct) {
        return databaseProduct != null
                && databaseProduct.strip().toUpperCase(Locale.ROOT).startsWith("H2");
    }
}
