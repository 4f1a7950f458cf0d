package com.acuerdo.platform.outbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the outbox delivers, read from configuration at delivery time (MicroProfile Config: system
 * properties, or the environment variables of the same name in upper case, e.g.
 * {@code ACUERDO_SMTP_HOST} for {@code acuerdo.smtp.host}). A channel without configuration is
 * delivered to files in {@link #folder()}, so the embedded default works offline.
 *
 * <pre>
 * acuerdo.smtp.host / .port (25) / .user / .password / .tls (STARTTLS required; false) / .from
 * acuerdo.sms.url   the gateway's endpoint; acuerdo.sms.key  sent as the X-Api-Key header
 * acuerdo.outbox.folder          where unconfigured channels (and letters) are written
 * acuerdo.outbox.worker          false stops the scheduled delivery (default true)
 * acuerdo.outbox.retry.first-seconds (30) / .longest-seconds (3600) / .max-attempts (8)
 * </pre>
 */
public record DeliverySettings(
        Optional<Smtp> smtp, Optional<SmsGateway> sms, Path folder, Backoff backoff, boolean workerEnabled) {

    public record Smtp(String host, int port, String user, String password, boolean tls, String from) {
        public Smtp {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "acuerdo.smtp.from");
        }

        public boolean authenticates() {
            return user != null && !user.isBlank();
        }
    }

    public record SmsGateway(URI url, String key) {
        public SmsGateway {
            Objects.requireNonNull(url, "url");
        }
    }

    public DeliverySettings {
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(backoff, "backoff");
    }

    /** Reads the settings through {@code config} (a property name → its value, when set). */
    public static DeliverySettings from(Function<String, Optional<String>> config, Path defaultFolder) {
        Function<String, Optional<String>> value =
                name -> config.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        var smtp = value.apply("acuerdo.smtp.host")
                .map(host -> new Smtp(
                        host,
                        value.apply("acuerdo.smtp.port").map(Integer::parseInt).orElse(25),
                        value.apply("acuerdo.smtp.user").orElse(null),
                        value.apply("acuerdo.smtp.password").orElse(null),
                        value.apply("acuerdo.smtp.tls")
                                .map(Boolean::parseBoolean)
                                .orElse(false),
                        value.apply("acuerdo.smtp.from").orElse("acuerdo@localhost")));
        var sms = value.apply("acuerdo.sms.url")
                .map(url -> new SmsGateway(
                        URI.create(url), value.apply("acuerdo.sms.key").orElse(null)));
        var folder = value.apply("acuerdo.outbox.folder").map(Path::of).orElse(defaultFolder);
        var backoff = new Backoff(
                Duration.ofSeconds(seconds(value, "acuerdo.outbox.retry.first-seconds", Backoff.DEFAULT.firstDelay())),
                Duration.ofSeconds(
                        seconds(value, "acuerdo.outbox.retry.longest-seconds", Backoff.DEFAULT.longestDelay())),
                value.apply("acuerdo.outbox.retry.max-attempts")
                        .map(Integer::parseInt)
                        .orElse(Backoff.DEFAULT.maxAttempts()));
        boolean worker =
                value.apply("acuerdo.outbox.worker").map(Boolean::parseBoolean).orElse(true);
        return new DeliverySettings(smtp, sms, folder, backoff, worker);
    }

    private static long seconds(Function<String, Optional<String>> value, String name, Duration fallback) {
        return value.apply(name).map(Long::parseLong).orElse(fallback.toSeconds());
    }
}
