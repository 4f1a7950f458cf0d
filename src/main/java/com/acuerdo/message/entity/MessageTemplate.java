package com.acuerdo.message.entity;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one kind of message ({@code code}) on one channel in one language, in force from a
 * date. A changed wording is a new row with a later date and the next revision, so what a client
 * received stays explainable. Texts carry placeholders such as {@code {clientName}}.
 */
@Entity
@Table(name = "message_template")
public class MessageTemplate {

    public static final int SUBJECT_LENGTH = 200;
    public static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_template_seq")
    @SequenceGenerator(name = "message_template_seq", sequenceName = "message_template_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "subject", length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Version
    private long version;

    protected MessageTemplate() {}

    public MessageTemplate(
            String code,
            Channel channel,
            Language language,
            String subject,
            String body,
            LocalDate effectiveFrom,
            int revision) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new IllegalArgumentException("a template code is UPPER_SNAKE_CASE: " + code);
        }
        this.channel = Objects.requireNonNull(channel, "channel");
        if (channel == Channel.CALL || channel == Channel.VISIT) {
            throw new IllegalArgumentException("templates are for written channels, not " + channel);
        }
        if (body == null || body.isBlank() || body.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("a template body has 1 to " + BODY_LENGTH + " characters");
        }
        if (subject != null && subject.length() > SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a subject has at most " + SUBJECT_LENGTH + " characters");
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
        this.code = code;
        this.language = Objects.requireNonNull(language, "language");
        this.subject = subject == null || subject.isBlank() ? null : subject;
        this.body = body;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.revision = revision;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Channel channel() {
        return channel;
    }

    public Language language() {
        return language;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public String body() {
        return body;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int revision() {
        return revision;
    }
}
