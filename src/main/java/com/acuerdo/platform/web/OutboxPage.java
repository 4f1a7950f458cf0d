package com.acuerdo.platform.web;

import com.acuerdo.platform.outbox.DeliverySettings;
import com.acuerdo.platform.outbox.Outbox;
import com.acuerdo.platform.outbox.OutboxConfiguration;
import com.acuerdo.platform.outbox.OutboxMessage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's view of the outbox: where each channel goes and the latest messages. */
@Named
@RequestScoped
public class OutboxPage {

    static final int LATEST = 100;

    @Inject
    Outbox outbox;

    @Inject
    OutboxConfiguration configuration;

    private List<OutboxMessage> messages = List.of();
    private DeliverySettings settings;

    public void load() {
        messages = outbox.latest(LATEST);
        settings = configuration.current();
    }

    public List<OutboxMessage> getMessages() {
        return messages;
    }

    /** "host:port", or empty when e-mail goes to the folder. */
    public String getSmtpServer() {
        return settings.smtp().map(smtp -> smtp.host() + ":" + smtp.port()).orElse("");
    }

    /** The gateway's address, or empty when SMS go to the folder. */
    public String getSmsGateway() {
        return settings.sms().map(sms -> sms.url().toString()).orElse("");
    }

    public String getFolder() {
        return settings.folder().toString();
    }
}
