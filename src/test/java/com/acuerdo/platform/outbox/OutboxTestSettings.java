package com.acuerdo.platform.outbox;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * TEST ONLY (OutboxIT's archive): the delivery settings as configured, with values the test puts
 * at run time on top: the test's SMTP server and SMS gateway get free ports only once the container
 * runs, and MicroProfile Config caches values for a minute.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class OutboxTestSettings extends OutboxConfiguration {

    private static volatile Map<String, String> overrides = Map.of();

    static void override(Map<String, String> values) {
        overrides = Map.copyOf(values);
    }

    @Override
    public DeliverySettings current() {
        var config = ConfigProvider.getConfig();
        var now = overrides;
        return DeliverySettings.from(
                name -> now.containsKey(name)
                        ? Optional.of(now.get(name))
                        : config.getOptionalValue(name, String.class),
                defaultFolder());
    }
}
