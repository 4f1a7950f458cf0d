package com.acuerdo.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an agent works, kept simple: the same shift on each working day, start included, end
 * excluded, in the department's zone. The working days live in {@link Agent}'s collection.
 */
@Embeddable
public class WorkingSchedule {

    @Column(name = "shift_start", nullable = false)
    private LocalTime shiftStart;

    @Column(name = "shift_end", nullable = false)
    private LocalTime shiftEnd;

    protected WorkingSchedule() {}

    public WorkingSchedule(LocalTime shiftStart, LocalTime shiftEnd) {
        this.shiftStart = Objects.requireNonNull(shiftStart, "shiftStart");
        this.shiftEnd = Objects.requireNonNull(shiftEnd, "shiftEnd");
        if (!shiftEnd.isAfter(shiftStart)) {
            throw new IllegalArgumentException("a shift must end after it starts");
        }
    }

    public static WorkingSchedule officeHours() {
        return new WorkingSchedule(LocalTime.of(8, 0), LocalTime.of(17, 0));
    }

    public boolean covers(LocalTime time) {
        return !time.isBefore(shiftStart) && time.isBefore(shiftEnd);
    }

    public LocalTime shiftStart() {
        return shiftStart;
    }

    public LocalTime shiftEnd() {
        return shiftEnd;
    }

    /** Monday to Friday, the usual working week of a collections floor. */
    static java.util.Set<DayOfWeek> weekdays() {
        return java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }
}
