package com.acuerdo.contact.control;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import com.acuerdo.contact.entity.PublicHoliday;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Public holidays to start with, computed per year. Colombia's calendar matters most (its policy
 * closes on holidays) and follows Ley 51 de 1983: several holidays move to the following Monday.
 * The others are the national holidays on their nominal dates; a jurisdiction's exact calendar
 * (bridges, observed days) is data the admins maintain.
 */
public final class DefaultPublicHolidays {

    private DefaultPublicHolidays() {}

    public static List<PublicHoliday> forYears(int firstYear, int lastYear) {
        var holidays = new ArrayList<PublicHoliday>();
        for (int year = firstYear; year <= lastYear; year++) {
            holidays.addAll(colombia(year));
            holidays.addAll(mexico(year));
            holidays.addAll(unitedStates(year));
            holidays.addAll(chile(year));
            holidays.addAll(fallback(year));
        }
        return List.copyOf(holidays);
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    public static List<PublicHoliday> colombia(int year) {
        var easter = easterSunday(year);
        var co = new Calendar(Jurisdiction.CO);
        co.add(LocalDate.of(year, 1, 1), "Año Nuevo");
        co.add(mondayOnOrAfter(LocalDate.of(year, 1, 6)), "Día de los Reyes Magos");
        co.add(mondayOnOrAfter(LocalDate.of(year, 3, 19)), "Día de San José");
        co.add(easter.minusDays(3), "Jueves Santo");
        co.add(easter.minusDays(2), "Viernes Santo");
        co.add(LocalDate.of(year, 5, 1), "Día del Trabajo");
        co.add(mondayOnOrAfter(easter.plusDays(39)), "Ascensión del Señor");
        co.add(mondayOnOrAfter(easter.plusDays(60)), "Corpus Christi");
        co.add(mondayOnOrAfter(easter.plusDays(68)), "Sagrado Corazón de Jesús");
        co.add(mondayOnOrAfter(LocalDate.of(year, 6, 29)), "San Pedro y San Pablo");
        co.add(LocalDate.of(year, 7, 20), "Día de la Independencia");
        co.add(LocalDate.of(year, 8, 7), "Batalla de Boyacá");
        co.add(mondayOnOrAfter(LocalDate.of(year, 8, 15)), "Asunción de la Virgen");
        co.add(mondayOnOrAfter(LocalDate.of(year, 10, 12)), "Día de la Raza");
        co.add(mondayOnOrAfter(LocalDate.of(year, 11, 1)), "Todos los Santos");
        co.add(mondayOnOrAfter(LocalDate.of(year, 11, 11)), "Independencia de Cartagena");
        co.add(LocalDate.of(year, 12, 8), "Inmaculada Concepción");
        co.add(LocalDate.of(year, 12, 25), "Navidad");
        return co.holidays;
    }

    public static List<PublicHoliday> mexico(int year) {
        var mx = new Calendar(Jurisdiction.MX);
        mx.add(LocalDate.of(year, 1, 1), "Año Nuevo");
        mx.add(nth(year, Month.FEBRUARY, 1, MONDAY), "Día de la Constitución");
        mx.add(nth(year, Month.MARCH, 3, MONDAY), "Natalicio de Benito Juárez");
        mx.add(LocalDate.of(year, 5, 1), "Día del Trabajo");
        mx.add(LocalDate.of(year, 9, 16), "Día de la Independencia");
        mx.add(nth(year, Month.NOVEMBER, 3, MONDAY), "Día de la Revolución");
        mx.add(LocalDate.of(year, 12, 25), "Navidad");
        return mx.holidays;
    }

    public static List<PublicHoliday> unitedStates(int year) {
        var us = new Calendar(Jurisdiction.US);
        us.add(LocalDate.of(year, 1, 1), "New Year's Day");
        us.add(nth(year, Month.JANUARY, 3, MONDAY), "Martin Luther King Jr. Day");
        us.add(nth(year, Month.FEBRUARY, 3, MONDAY), "Washington's Birthday");
        us.add(LocalDate.of(year, 5, 1).with(lastInMonth(MONDAY)), "Memorial Day");
        us.add(LocalDate.of(year, 6, 19), "Juneteenth");
        us.add(LocalDate.of(year, 7, 4), "Independence Day");
        us.add(nth(year, Month.SEPTEMBER, 1, MONDAY), "Labor Day");
        us.add(nth(year, Month.OCTOBER, 2, MONDAY), "Columbus Day");
        us.add(LocalDate.of(year, 11, 11), "Veterans Day");
        us.add(nth(year, Month.NOVEMBER, 4, THURSDAY), "Thanksgiving Day");
        us.add(LocalDate.of(year, 12, 25), "Christmas Day");
        return us.holidays;
    }

    public static List<PublicHoliday> chile(int year) {
        var easter = easterSunday(year);
        var cl = new Calendar(Jurisdiction.CL);
        cl.add(LocalDate.of(year, 1, 1), "Año Nuevo");
        cl.add(easter.minusDays(2), "Viernes Santo");
        cl.add(easter.minusDays(1), "Sábado Santo");
        cl.add(LocalDate.of(year, 5, 1), "Día del Trabajo");
        cl.add(LocalDate.of(year, 5, 21), "Día de las Glorias Navales");
        cl.add(LocalDate.of(year, 6, 21), "Día de los Pueblos Indígenas");
        cl.add(LocalDate.of(year, 6, 29), "San Pedro y San Pablo");
        cl.add(LocalDate.of(year, 7, 16), "Virgen del Carmen");
        cl.add(LocalDate.of(year, 8, 15), "Asunción de la Virgen");
        cl.add(LocalDate.of(year, 9, 18), "Independencia Nacional");
        cl.add(LocalDate.of(year, 9, 19), "Glorias del Ejército");
        cl.add(LocalDate.of(year, 10, 12), "Encuentro de Dos Mundos");
        cl.add(LocalDate.of(year, 10, 31), "Día de las Iglesias Evangélicas");
        cl.add(LocalDate.of(year, 11, 1), "Día de Todos los Santos");
        cl.add(LocalDate.of(year, 12, 8), "Inmaculada Concepción");
        cl.add(LocalDate.of(year, 12, 25), "Navidad");
        return cl.holidays;
    }

    /** A minimal calendar for clients of other countries. */
    public static List<PublicHoliday> fallback(int year) {
        var other = new Calendar(Jurisdiction.DEFAULT);
        other.add(LocalDate.of(year, 1, 1), "Año Nuevo");
        other.add(LocalDate.of(year, 5, 1), "Día del Trabajo");
        other.add(LocalDate.of(year, 12, 25), "Navidad");
        return other.holidays;
    }

    /** Ley Emiliani: a holiday that does not fall on a Monday moves to the next Monday. */
    static LocalDate mondayOnOrAfter(LocalDate date) {
        return date.with(nextOrSame(MONDAY));
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, day));
    }

    private static final class Calendar {
        private final Jurisdiction jurisdiction;
        private final List<PublicHoliday> holidays = new ArrayList<>();

        Calendar(Jurisdiction jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        /** Two holidays moved onto the same day are one day off. */
        void add(LocalDate date, String name) {
            if (holidays.stream().noneMatch(holiday -> holiday.date().equals(date))) {
                holidays.add(new PublicHoliday(jurisdiction, date, name));
            }
        }
    }
}
