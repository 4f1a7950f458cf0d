package com.acuerdo.contact.entity;

import com.acuerdo.customer.entity.Jurisdiction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A public holiday of a jurisdiction's calendar (data: admins add the years to come). */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_holiday_seq")
    @SequenceGenerator(name = "public_holiday_seq", sequenceName = "public_holiday_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction", nullable = false, length = 10)
    private Jurisdiction jurisdiction;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    protected PublicHoliday() {}

    public PublicHoliday(Jurisdiction jurisdiction, LocalDate date, String name) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.date = Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
        this.name = name.strip();
    }

    public Long id() {
        return id;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return jurisdiction + " " + date + " " + name;
    }
}
