package com.acuerdo.customer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.testing.Portfolio;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CustomerTest {

    @Test
    void a_reimport_with_changed_values_updates_the_client() {
        var customer = new Customer("C-1", Portfolio.details("Ana Gómez"));
        var changed = new CustomerDetails(
                "Ana Gómez Ruiz",
                "GODE561231HDFRRN09",
                "ana.gomez@example.test",
                "+525512345678",
                ZoneId.of("America/Tijuana"),
                Language.EN,
                Jurisdiction.MX,
                false,
                true);

        assertThat(customer.updateFrom(changed)).isTrue();
        assertThat(customer.details()).isEqualTo(changed);
        assertThat(customer.timeZone()).isEqualTo(ZoneId.of("America/Tijuana"));
    }

    @Test
    void a_reimport_with_the_same_values_changes_nothing() {
        var customer = new Customer("C-1", Portfolio.details("Ana Gómez"));

        assertThat(customer.updateFrom(Portfolio.details("Ana Gómez"))).isFalse();
    }

    @Test
    void local_time_is_the_clients_own() {
        var customer = new Customer("C-1", Portfolio.details("Ana Gómez"));

        // Mexico City has no daylight saving since 2022: UTC-6 all year
        assertThat(customer.localTimeAt(Instant.parse("2026-07-01T14:00:00Z")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-07-01T08:00:00"));
    }

    @Test
    void local_time_follows_daylight_saving_of_the_clients_zone() {
        var details = Portfolio.details("John Smith");
        var customer = new Customer(
                "C-2",
                new CustomerDetails(
                        details.fullName(),
                        null,
                        null,
                        null,
                        ZoneId.of("America/New_York"),
                        Language.EN,
                        Jurisdiction.US,
                        false,
                        false));

        assertThat(customer.localTimeAt(Instant.parse("2026-01-15T13:00:00Z")).getHour())
                .isEqualTo(8);
        assertThat(customer.localTimeAt(Instant.parse("2026-07-15T13:00:00Z")).getHour())
                .isEqualTo(9);
    }

    @Test
    void a_client_needs_an_id_and_a_name() {
        assertThatThrownBy(() -> new Customer(" ", Portfolio.details("Ana")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Portfolio.details(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
