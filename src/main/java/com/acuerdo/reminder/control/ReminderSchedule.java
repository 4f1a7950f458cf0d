package com.acuerdo.reminder.control;

import com.acuerdo.reminder.entity.Reminder.Kind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which reminder is due on a business date for something falling due on {@code dueOn}, with the
 * policy's {@code daysBefore}: the friendly one from {@code daysBefore} days ahead until the day
 * before (so a night that did not run is caught up), the on-the-day one on the day; none otherwise.
 */
public final class ReminderSchedule {

    private ReminderSchedule() {}

    public static Optional<Kind> due(LocalDate dueOn, int daysBefore, LocalDate businessDate) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("days before cannot be negative");
        }
        if (businessDate.equals(dueOn)) {
            return Optional.of(Kind.ON_DUE_DATE);
        }
        if (daysBefore > 0 && businessDate.isBefore(dueOn) && !businessDate.isBefore(dueOn.minusDays(daysBefore))) {
            return Optional.of(Kind.BEFORE_DUE);
        }
        return Optional.empty();
    }
}
