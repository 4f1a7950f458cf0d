package com.acuerdo.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** The hours of one weekday in which contact is allowed: start included, end excluded. */
@Embeddable
public class ContactWindow {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected ContactWindow() {}

    public ContactWindow(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = Objects.requireNonNull(day, "day");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a contact window must end after it starts: " + day);
        }
    }

    /** {@code start <= time < end}. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactWindow other
                && day == other.day
                && start.equals(other.start)
                && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
