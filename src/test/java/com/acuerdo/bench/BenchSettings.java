package com.acuerdo.bench;

/**
 * The benchmark's parameters, from system properties ({@code mvn -Pbench verify -Dbench.accounts=50000}).
 *
 * @param accounts accounts in the generated portfolio (4 clients for every 5 accounts: one client in
 *     four holds two)
 * @param billsPerAccount bills of every account (issue 5's aging benchmark uses 6)
 * @param agents simulated agents, each a bench user with its own cases
 * @param casesPerAgent open cases each agent holds
 * @param warmupRounds rounds every agent runs before measuring (one round: worklist, then one case)
 * @param measuredRounds rounds every agent runs while measuring
 * @param thinkMillis an agent's mean pause between two pages (uniform in ½–1½ of it): 5 s by
 *     default, 50 agents then ask for about 10 pages a second (a real agent stays minutes on a
 *     case); lower it to find where the server saturates, 0 = every agent clicks as fast as the
 *     server answers
 * @param contactChecks contact checks timed in-process
 */
public record BenchSettings(
        int accounts,
        int billsPerAccount,
        int agents,
        int casesPerAgent,
        int warmupRounds,
        int measuredRounds,
        int thinkMillis,
        int contactChecks) {

    /** Every bench user has this password (and a real PBKDF2 hash of it). */
    public static final String PASSWORD = "Bench.2026";

    public static BenchSettings fromSystemProperties() {
        return fromSystemProperties(3, 50, 2_000);
    }

    /** With other defaults for bills per account, agents and cases per agent (the aging benchmark's). */
    public static BenchSettings fromSystemProperties(int billsPerAccount, int agents, int casesPerAgent) {
        var settings = new BenchSettings(
                integer("bench.accounts", 1_000_000),
                integer("bench.billsPerAccount", billsPerAccount),
                integer("bench.agents", agents),
                integer("bench.casesPerAgent", casesPerAgent),
                integer("bench.warmupRounds", 10),
                integer("bench.measuredRounds", 40),
                integer("bench.thinkMillis", 5_000),
                integer("bench.contactChecks", 5_000));
        if (settings.accounts < 10
                || settings.billsPerAccount < 1
                || settings.agents < 1
                || settings.casesPerAgent < 1) {
            throw new IllegalArgumentException("implausible bench settings: " + settings);
        }
        return settings;
    }

    private static int integer(String name, int fallback) {
        var value = System.getProperty(name);
        return value == null || value.isBlank()
                ? fallback
                : Integer.parseInt(value.trim().replace("_", ""));
    }

    /** Bench user {@code n} (0-based): bench001, bench002, … */
    public static String username(int n) {
        return String.format("bench%03d", n + 1);
    }
}
