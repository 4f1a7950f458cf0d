package com.acuerdo.demo.control;

import java.util.Locale;

/** When the demo department may be loaded (setting {@code acuerdo.demo.load}). */
public enum DemoLoad {
    /** {@code embedded}: only into an empty embedded (H2) database, the newcomer's default. */
    EMBEDDED("embedded"),
    /** {@code true}: into any empty database, PostgreSQL included — asked for explicitly (tests, demos). */
    ALWAYS("true"),
    /** {@code false}: never (production). */
    NEVER("false");

    private final String setting;

    DemoLoad(String setting) {
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    /** A blank setting means never; an unknown one is refused so a typo is not silently ignored. */
    public static DemoLoad ofSetting(String value) {
        if (value == null || value.isBlank()) {
            return NEVER;
        }
        var normalised = value.strip().toLowerCase(Locale.ROOT);
        for (var load : values()) {
            if (load.setting.equals(normalised)) {
                return load;
            }
        }
        throw new IllegalArgumentException("acuerdo.demo.load must be embedded, true or false, not '" + value + "'");
    }
}
