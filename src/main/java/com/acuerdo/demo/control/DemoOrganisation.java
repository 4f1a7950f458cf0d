package com.acuerdo.demo.control;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.team.entity.AbsenceKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The demo department's organisation: three teams by age of the debt and the twelve demo agents
 * spread over them (usernames of {@code DemoUsers.ALL}). Every team has an English-speaking agent
 * for the US clients who prefer English.
 */
public final class DemoOrganisation {

    public record TeamDefinition(String name, String supervisor, Set<AgingBucket> buckets) {}

    public record AbsenceDefinition(AbsenceKind kind, int fromDay, int untilDay, String note) {
        /** The dates relative to the business date. */
        public LocalDate from(LocalDate today) {
            return today.plusDays(fromDay);
        }

        public LocalDate until(LocalDate today) {
            return today.plusDays(untilDay);
        }
    }

    public record AgentDefinition(
            String username,
            String team,
            Set<Language> languages,
            Set<Product> products,
            Set<DayOfWeek> workingDays,
            LocalTime shiftStart,
            LocalTime shiftEnd,
            List<AbsenceDefinition> absences) {}

    public static final String PREVENTIVE = "Preventiva";
    public static final String EARLY_RECOVERY = "Recuperación temprana";
    public static final String SPECIALISED_RECOVERY = "Recuperación especializada";

    public static final List<TeamDefinition> TEAMS = List.of(
            new TeamDefinition(PREVENTIVE, "supervisor1", EnumSet.of(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59)),
            new TeamDefinition(
                    EARLY_RECOVERY, "supervisor1", EnumSet.of(AgingBucket.DPD_60_89, AgingBucket.DPD_90_119)),
            new TeamDefinition(
                    SPECIALISED_RECOVERY,
                    "supervisor2",
                    EnumSet.of(AgingBucket.DPD_120_179, AgingBucket.DPD_180_PLUS)));

    private static final Set<Language> SPANISH = EnumSet.of(Language.ES);
    private static final Set<Language> BILINGUAL = EnumSet.of(Language.ES, Language.EN);
    private static final Set<Product> ALL_PRODUCTS = EnumSet.allOf(Product.class);
    private static final Set<Product> CONSUMER =
            EnumSet.of(Product.CREDIT_CARD, Product.OVERDRAFT, Product.PERSONAL_LOAN);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WITH_SATURDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

    public static final List<AgentDefinition> AGENTS = List.of(
            agent("agent01", PREVENTIVE, SPANISH, CONSUMER, WEEKDAYS, 8, 17),
            agent("agent02", PREVENTIVE, SPANISH, ALL_PRODUCTS, WITH_SATURDAY, 9, 17),
            agent("agent04", PREVENTIVE, SPANISH, ALL_PRODUCTS, WEEKDAYS, 8, 17),
            agent("agent10", PREVENTIVE, BILINGUAL, ALL_PRODUCTS, WEEKDAYS, 10, 19),
            agent("agent03", EARLY_RECOVERY, SPANISH, ALL_PRODUCTS, WEEKDAYS, 8, 17),
            new AgentDefinition(
                    "agent05",
                    EARLY_RECOVERY,
                    SPANISH,
                    ALL_PRODUCTS,
                    WEEKDAYS,
                    LocalTime.of(8, 0),
                    LocalTime.of(17, 0),
                    List.of(new AbsenceDefinition(AbsenceKind.VACATION, -2, 4, "Vacaciones programadas"))),
            agent("agent07", EARLY_RECOVERY, SPANISH, ALL_PRODUCTS, WITH_SATURDAY, 9, 18),
            agent("agent11", EARLY_RECOVERY, BILINGUAL, ALL_PRODUCTS, WEEKDAYS, 10, 19),
            agent("agent06", SPECIALISED_RECOVERY, SPANISH, ALL_PRODUCTS, WEEKDAYS, 8, 17),
            agent("agent08", SPECIALISED_RECOVERY, SPANISH, ALL_PRODUCTS, WEEKDAYS, 8, 17),
            new AgentDefinition(
                    "agent09",
                    SPECIALISED_RECOVERY,
                    SPANISH,
                    ALL_PRODUCTS,
                    WITH_SATURDAY,
                    LocalTime.of(9, 0),
                    LocalTime.of(18, 0),
                    List.of(new AbsenceDefinition(
                            AbsenceKind.TRAINING, 10, 11, "Curso de negociación y cobranza amigable"))),
            agent("agent12", SPECIALISED_RECOVERY, BILINGUAL, ALL_PRODUCTS, WEEKDAYS, 10, 19));

    private DemoOrganisation() {}

    private static AgentDefinition agent(
            String username,
            String team,
            Set<Language> languages,
            Set<Product> products,
            Set<DayOfWeek> days,
            int from,
            int until) {
        return new AgentDefinition(
                username, team, languages, products, days, LocalTime.of(from, 0), LocalTime.of(until, 0), List.of());
    }

    /** The team that works a case in this bucket. */
    public static TeamDefinition teamFor(AgingBucket bucket) {
        return TEAMS.stream()
                .filter(team -> team.buckets().contains(bucket))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no team works " + bucket));
    }

    /** Room for the expected cases with some slack: about six in ten clients fall behind. */
    public static int capacityFor(int clients) {
        int expectedPerAgent = (int) Math.ceil(clients * 0.6 / AGENTS.size());
        return Math.max(30, (int) Math.ceil(expectedPerAgent * 1.5 / 10.0) * 10);
    }
}
