package com.acuerdo.platform.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The one business date of the whole system: aging, promises and reminders are computed on it, not
 * on the wall clock. The nightly chain advances it once per night.
 */
@Entity
@Table(name = "business_date")
public class BusinessDate {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(name = "current_date_value", nullable = false)
    private LocalDate date;

    @Version
    private long version;

    protected BusinessDate() {}

    public BusinessDate(LocalDate date) {
        this.id = SINGLETON_ID;
        this.date = Objects.requireNonNull(date);
    }

    public LocalDate date() {
        return date;
    }

    /** Moves the date to the next calendar day; returns the new date. */
    public LocalDate advance() {
        date = date.plusDays(1);
        return date;
    }

    public void moveTo(LocalDate newDate) {
        date = Objects.requireNonNull(newDate);
    }
}
