package com.acuerdo.dashboard.control;

import java.time.LocalDate;

/**
 * Which part of the dashboard the nightly per-account facts of a day can serve (README, "Results
 * dashboard"). The facts of day D are taken at D's start (by the night before): each account's bucket
 * then (its bucket on D−1), what is unpaid on its bills due by D and what it paid in D−30 … D.
 *
 * <p>So an account's bucket on D is the bucket of its move dated D if it has one (the night of D ages
 * it after the facts were taken), else the facts' bucket; that holds for every day whose facts exist.
 * The money columns are the live figures of a period D−30 … D only as long as nothing was imported
 * since they were taken (payments and bills change only by imports), so they serve that period alone.
 */
public final class FactDays {

    /** 'collected' of a day's facts sums the payments of this many days before it, and the day. */
    public static final int WINDOW_DAYS = 30;

    /** Days of facts kept: the default period's two ends (D−30 and D) and one more. */
    public static final int KEEP_DAYS = WINDOW_DAYS + 2;

    private FactDays() {}

    /** The day whose facts the night of {@code night} takes: the business date the night moves to. */
    public static LocalDate dayAfter(LocalDate night) {
        return night.plusDays(1);
    }

    /** The first day of the period whose payments a day's facts sum. */
    public static LocalDate windowStart(LocalDate day) {
        return day.minusDays(WINDOW_DAYS);
    }

    /** Facts of days before this one are no longer needed once {@code day}'s are taken. */
    public static LocalDate oldestKept(LocalDate day) {
        return day.minusDays(KEEP_DAYS - 1);
    }

    /**
     * Whether the money columns of the facts of {@code to} give the figures of the period {@code from}
     * – {@code to}: the facts were summed over exactly that period, no import was running when they
     * were taken and none was requested since.
     */
    public static boolean moneyServes(
            LocalDate from, LocalDate to, int factWindowDays, boolean exactWhenTaken, boolean importedSince) {
        return exactWhenTaken && !importedSince && from.equals(to.minusDays(factWindowDays));
    }
}
