package com.acuerdo.platform.web;

import com.acuerdo.platform.time.BusinessCalendar;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What the layout shows besides the menu: the time now and the business date. */
@Named
@RequestScoped
public class Shell {

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    private LocalDate businessDate;

    public Instant getNow() {
        return Instant.now(clock);
    }

    public LocalDate getBusinessDate() {
        if (businessDate == null) {
            businessDate = calendar.today();
        }
        return businessDate;
    }
}
