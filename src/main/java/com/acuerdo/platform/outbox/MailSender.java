package com.acuerdo.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** E-mail through Jakarta Mail to the configured SMTP server. */
@ApplicationScoped
public class MailSender {

    private static final String TIMEOUT_MILLIS = "15000";

    public void send(Outgoing message, DeliverySettings.Smtp smtp) {
        try {
            var session = Session.getInstance(properties(smtp));
            var mail = new MimeMessage(session);
            mail.setFrom(new InternetAddress(smtp.from()));
            mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setText(message.body(), StandardCharsets.UTF_8.name());
            mail.setHeader("X-Acuerdo-Reference", message.reference());
            mail.setHeader("Content-Language", message.language().code());
            mail.setSentDate(Date.from(Instant.now()));
            if (smtp.authenticates()) {
                Transport.send(mail, smtp.user(), smtp.password());
            } else {
                Transport.send(mail);
            }
        } catch (MessagingException e) {
            throw new DeliveryFailed("SMTP " + smtp.host() + ":" + smtp.port() + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(DeliverySettings.Smtp smtp) {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.auth", String.valueOf(smtp.authenticates()));
        if (smtp.tls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }
}
