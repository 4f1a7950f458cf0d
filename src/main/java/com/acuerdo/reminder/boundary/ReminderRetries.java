package com.acuerdo.reminder.boundary;

import com.acuerdo.platform.time.BusinessCalendar;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten minutes: reminders the guard refused at night (e.g. outside the client's hours) go out
 * once their next allowed moment has come. Off with {@code acuerdo.reminders.retry=false} (tests).
 */
@Singleton
public class ReminderRetries {

    @Inject
    ReminderDesk desk;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "acuerdo.reminders.retry", defaultValue = "true")
    boolean enabled;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void retry() {
        if (enabled) {
            desk.retryDue(calendar.today(), clock.instant());
        }
    }
}
