package com.acuerdo.arrangement.control;

import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The terms and schedule of a payment arrangement: the discount (quita) off the debt, the down
 * payment, and instalments that add up exactly to the rest, in the currency's minor unit with the
 * rounding remainder in the last one. Monthly dates keep the first date's day of month where the
 * month has it (31 Jan, 29 Feb 2028, 31 Mar).
 */
public record InstalmentSchedule(
        Money totalBeforeDiscount,
        BigDecimal discountPercent,
        Money totalAfterDiscount,
        Money downPayment,
        Frequency frequency,
        LocalDate firstDueOn,
        List<Line> instalments) {

    /** One instalment: its number (from 1), due date and amount. */
    public record Line(int number, LocalDate dueOn, Money amount) {}

    public InstalmentSchedule {
        instalments = List.copyOf(instalments);
    }

    public static InstalmentSchedule compute(
            Money totalBeforeDiscount,
            BigDecimal discountPercent,
            Money downPayment,
            int instalmentCount,
            Frequency frequency,
            LocalDate firstDueOn) {
        Objects.requireNonNull(totalBeforeDiscount, "totalBeforeDiscount");
        Objects.requireNonNull(downPayment, "downPayment");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(firstDueOn, "firstDueOn");
        if (!totalBeforeDiscount.isPositive()) {
            throw new IllegalArgumentException("nothing to arrange: the debt is " + totalBeforeDiscount);
        }
        if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("a discount is at least 0% and below 100%: " + discountPercent);
        }
        if (instalmentCount < 1) {
            throw new IllegalArgumentException("an arrangement has at least one instalment");
        }
        if (downPayment.isNegative()) {
            throw new IllegalArgumentException("a down payment cannot be negative: " + downPayment);
        }
        var totalAfterDiscount = totalBeforeDiscount.minus(totalBeforeDiscount.percent(discountPercent));
        var financed = totalAfterDiscount.minus(downPayment);
        if (!financed.isPositive()) {
            throw new IllegalArgumentException(
                    "the down payment " + downPayment + " leaves nothing for instalments of " + totalAfterDiscount);
        }
        var amounts = financed.split(instalmentCount);
        if (amounts.stream().anyMatch(amount -> !amount.isPositive())) {
            throw new IllegalArgumentException(financed + " cannot be split into " + instalmentCount + " instalments");
        }
        var lines = new ArrayList<Line>(instalmentCount);
        for (int i = 0; i < instalmentCount; i++) {
            lines.add(new Line(i + 1, dueDate(firstDueOn, frequency, i), amounts.get(i)));
        }
        return new InstalmentSchedule(
                totalBeforeDiscount, discountPercent, totalAfterDiscount, downPayment, frequency, firstDueOn, lines);
    }

    /** Counted from the first date each time, so a short month never shifts the later ones. */
    static LocalDate dueDate(LocalDate first, Frequency frequency, int index) {
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(index);
            case FORTNIGHTLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }

    /** What the instalments add up to: the total after discount less the down payment. */
    public Money financed() {
        return totalAfterDiscount.minus(downPayment);
    }

    public LocalDate lastDueOn() {
        return instalments.get(instalments.size() - 1).dueOn();
    }
}
