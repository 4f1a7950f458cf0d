package com.acuerdo.customer.entity;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/** A client of the bank, as imported from the core bank (customers file). */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    private String externalId;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "national_id", length = 64)
    private String nationalId;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    /** IANA zone id: every contact rule is evaluated in the client's own time. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 8)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction", nullable = false, length = 16)
    private Jurisdiction jurisdiction;

    @Column(name = "consent_sms", nullable = false)
    private boolean consentSms;

    @Column(name = "consent_email", nullable = false)
    private boolean consentEmail;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String externalId, CustomerDetails details) {
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("a client needs the core bank's id");
        }
        this.externalId = externalId;
        apply(details);
    }

    /**
     * A re-import of the client: changed values replace the stored ones.
     *
     * @return whether anything changed, so an import can count updates
     */
    public boolean updateFrom(CustomerDetails details) {
        if (details.equals(details())) {
            return false;
        }
        apply(details);
        return true;
    }

    private void apply(CustomerDetails details) {
        Objects.requireNonNull(details, "details");
        this.fullName = details.fullName();
        this.nationalId = details.nationalId();
        this.email = details.email();
        this.phone = details.phone();
        this.timeZone = details.timeZone().getId();
        this.language = details.language();
        this.jurisdiction = details.jurisdiction();
        this.consentSms = details.consentSms();
        this.consentEmail = details.consentEmail();
    }

    public CustomerDetails details() {
        return new CustomerDetails(
                fullName, nationalId, email, phone, timeZone(), language, jurisdiction, consentSms, consentEmail);
    }

    /** The client's wall-clock time at a moment: contact hours are the client's hours. */
    public ZonedDateTime localTimeAt(Instant moment) {
        return moment.atZone(timeZone());
    }

    public Long id() {
        return id;
    }

    public String externalId() {
        return externalId;
    }

    public String fullName() {
        return fullName;
    }

    public String nationalId() {
        return nationalId;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Language language() {
        return language;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public boolean consentSms() {
        return consentSms;
    }

    public boolean consentEmail() {
        return consentEmail;
    }

    public long version() {
        return version;
    }
}
