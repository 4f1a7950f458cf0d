package com.acuerdo.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliverySettingsTest {

    private static final Path DEFAULT_FOLDER = Path.of("/tmp/outbox");

    private static DeliverySettings read(Map<String, String> config) {
        return DeliverySettings.from(name -> Optional.ofNullable(config.get(name)), DEFAULT_FOLDER);
    }

    @Test
    void with_nothing_configured_every_channel_goes_to_the_folder_and_the_worker_runs() {
        var settings = read(Map.of());

        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.sms()).isEmpty();
        assertThat(settings.folder()).isEqualTo(DEFAULT_FOLDER);
        assertThat(settings.backoff()).isEqualTo(Backoff.DEFAULT);
        assertThat(settings.workerEnabled()).isTrue();
    }

    @Test
    void an_smtp_server_with_login_and_tls() {
        var smtp = read(Map.of(
                        "acuerdo.smtp.host", "mail.bank.example",
                        "acuerdo.smtp.port", "587",
                        "acuerdo.smtp.user", "acuerdo",
                        "acuerdo.smtp.password", "secret",
                        "acuerdo.smtp.tls", "true",
                        "acuerdo.smtp.from", "cobranza@bank.example"))
                .smtp()
                .orElseThrow();

        assertThat(smtp)
                .isEqualTo(new DeliverySettings.Smtp(
                        "mail.bank.example", 587, "acuerdo", "secret", true, "cobranza@bank.example"));
        assertThat(smtp.authenticates()).isTrue();
    }

    @Test
    void an_smtp_server_without_login_on_the_default_port() {
        var smtp = read(Map.of("acuerdo.smtp.host", "127.0.0.1", "acuerdo.smtp.user", " "))
                .smtp()
                .orElseThrow();

        assertThat(smtp.port()).isEqualTo(25);
        assertThat(smtp.tls()).isFalse();
        assertThat(smtp.authenticates()).isFalse();
    }

    @Test
    void an_sms_gateway_with_its_key() {
        var sms = read(Map.of("acuerdo.sms.url", "https://sms.example/api/send", "acuerdo.sms.key", "k-123"))
                .sms()
                .orElseThrow();

        assertThat(sms.url()).isEqualTo(URI.create("https://sms.example/api/send"));
        assertThat(sms.key()).isEqualTo("k-123");
    }

    @Test
    void folder_retries_and_the_worker_switch() {
        var settings = read(Map.of(
                "acuerdo.outbox.folder", "/var/acuerdo/outbox",
                "acuerdo.outbox.retry.first-seconds", "1",
                "acuerdo.outbox.retry.longest-seconds", "8",
                "acuerdo.outbox.retry.max-attempts", "4",
                "acuerdo.outbox.worker", "false"));

        assertThat(settings.folder()).isEqualTo(Path.of("/var/acuerdo/outbox"));
        assertThat(settings.backoff()).isEqualTo(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 4));
        assertThat(settings.workerEnabled()).isFalse();
    }
}
