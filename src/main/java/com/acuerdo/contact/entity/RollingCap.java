package com.acuerdo.contact.entity;

import java.time.LocalDate;

/**
 * "At most {@code count} in any {@code days} consecutive calendar days". The window ends on the day
 * of the contact being checked and includes it: a 7-day window checked on the 10th covers the 4th to
 * the 10th.
 */
public record RollingCap(int count, int days) {

    public RollingCap {
        if (count < 0 || days < 1) {
            throw new IllegalArgumentException("a cap needs count >= 0 and days >= 1: " + count + "/" + days);
        }
    }

    /** First day of the window that ends on {@code contactDay}. */
    public LocalDate windowStart(LocalDate contactDay) {
        return contactDay.minusDays(days - 1L);
    }

    /** Whether one more contact fits, given how many the window already holds. */
    public boolean allowsAnother(int alreadyInWindow) {
        return alreadyInWindow < count;
    }
}
