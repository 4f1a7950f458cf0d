package com.acuerdo.aging.control;

import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.platform.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Days past due on a business date (DESIGN.md): business date minus the due date of the oldest bill
 * not fully paid, 0 when none is overdue. A bill due on the business date is not yet overdue; a bill
 * whose unpaid part is below the tolerance counts as paid, so cents are never chased; days covered by
 * a pause after the due date do not count.
 */
public final class DaysPastDue {

    /** What the rule needs to know of a bill. */
    public record Due(LocalDate dueDate, Money unpaid) {
        public Due {
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(unpaid, "unpaid");
        }
    }

    private DaysPastDue() {}

    public static int on(LocalDate businessDate, List<Due> bills, Money tolerance, List<PausePeriod> pauses) {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(tolerance, "tolerance");
        return bills.stream()
                .filter(bill -> bill.dueDate().isBefore(businessDate))
                .filter(bill -> !bill.unpaid().isLessThan(tolerance))
                .map(Due::dueDate)
                .min(Comparator.naturalOrder())
                .map(oldestDue -> countedDays(oldestDue, businessDate, pauses))
                .orElse(0);
    }

    /** Days in (dueDate, businessDate] that no pause covers. */
    private static int countedDays(LocalDate dueDate, LocalDate businessDate, List<PausePeriod> pauses) {
        long elapsed = ChronoUnit.DAYS.between(dueDate, businessDate);
        return (int) (elapsed - pausedDays(dueDate.plusDays(1), businessDate, pauses));
    }

    /** Days of [first, last] covered by at least one pause; overlapping pauses count once. */
    private static long pausedDays(LocalDate first, LocalDate last, List<PausePeriod> pauses) {
        var clipped = new ArrayList<LocalDate[]>();
        for (var pause : pauses) {
            var start = pause.from().isBefore(first) ? first : pause.from();
            var end = pause.until().filter(until -> until.isBefore(last)).orElse(last);
            if (!end.isBefore(start)) {
                clipped.add(new LocalDate[] {start, end});
            }
        }
        clipped.sort(Comparator.comparing(range -> range[0]));
        long days = 0;
        LocalDate coveredUpTo = null;
        for (var range : clipped) {
            var start = coveredUpTo == null || range[0].isAfter(coveredUpTo) ? range[0] : coveredUpTo.plusDays(1);
            if (!range[1].isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, range[1]) + 1;
                coveredUpTo = range[1];
            }
        }
        return days;
    }
}
