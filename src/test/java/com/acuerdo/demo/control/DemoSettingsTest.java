package com.acuerdo.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSettingsTest {

    @ParameterizedTest(name = "{0} on {1}, empty={2} -> {3}")
    @CsvSource({
        "embedded, H2,         true,  true",
        "embedded, H2,         false, false",
        "embedded, PostgreSQL, true,  false",
        "embedded, PostgreSQL, false, false",
        "true,     H2,         true,  true",
        "true,     H2,         false, false",
        "true,     PostgreSQL, true,  true",
        "true,     PostgreSQL, false, false",
        "false,    H2,         true,  false",
        "false,    H2,         false, false",
        "false,    PostgreSQL, true,  false",
        "false,    PostgreSQL, false, false"
    })
    void the_demo_loads_only_into_an_empty_database_the_setting_allows(
            String load, String database, boolean empty, boolean expected) {
        var settings = new DemoSettings(DemoLoad.ofSetting(load), 150, 1);
        assertThat(settings.shouldLoad(database, empty)).isEqualTo(expected);
    }

    @Test
    void settings_come_from_config_with_defaults() {
        var settings = DemoSettings.from(name -> Optional.empty(), Map.of());
        assertThat(settings).isEqualTo(new DemoSettings(DemoLoad.NEVER, 5000, DemoSettings.DEFAULT_SEED));

        var configured = DemoSettings.from(
                config(Map.of(
                        "acuerdo.demo.load", "embedded", "acuerdo.demo.clients", "150", "acuerdo.demo.seed", "7")),
                Map.of());
        assertThat(configured).isEqualTo(new DemoSettings(DemoLoad.EMBEDDED, 150, 7));
    }

    @Test
    void environment_variables_override_the_configuration() {
        var settings = DemoSettings.from(
                config(Map.of("acuerdo.demo.load", "embedded", "acuerdo.demo.clients", "5000")),
                Map.of("ACUERDO_DEMO_LOAD", "true", "ACUERDO_DEMO_CLIENTS", "20000"));
        assertThat(settings.load()).isEqualTo(DemoLoad.ALWAYS);
        assertThat(settings.clients()).isEqualTo(20000);
    }

    @Test
    void an_empty_number_of_clients_means_no_clients() {
        var settings = DemoSettings.from(config(Map.of("acuerdo.demo.clients", "")), Map.of());
        assertThat(settings.clients()).isZero();
    }

    @Test
    void an_unknown_load_setting_is_refused_and_a_blank_one_means_never() {
        assertThatThrownBy(() -> DemoLoad.ofSetting("yes")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DemoLoad.ofSetting(" ")).isEqualTo(DemoLoad.NEVER);
        assertThat(DemoLoad.ofSetting("TRUE")).isEqualTo(DemoLoad.ALWAYS);
    }

    private static java.util.function.Function<String, Optional<String>> config(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}
