package com.acuerdo.team.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private final Team team = new Team("Tarjetas temprana", 7L);

    private Agent agent() {
        var agent = new Agent(42L, "Lucía Gómez", team, 3);
        agent.changeSkills(
                Set.of(Language.ES), Set.of(Product.CREDIT_CARD), Set.of(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59));
        return agent;
    }

    @ParameterizedTest(name = "{0} absent: {1}")
    @CsvSource({"2026-03-09, false", "2026-03-10, true", "2026-03-12, true", "2026-03-13, true", "2026-03-14, false"})
    void is_absent_on_every_day_of_the_absence_both_ends_included(LocalDate date, boolean absent) {
        var agent = agent();
        agent.recordAbsence(AbsenceKind.VACATION, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13), null);

        assertThat(agent.isAbsentOn(date)).isEqualTo(absent);
    }

    @Test
    void overlapping_absences_are_refused() {
        var agent = agent();
        agent.recordAbsence(AbsenceKind.TRAINING, MONDAY, MONDAY.plusDays(2), "curso");

        assertThatThrownBy(
                        () -> agent.recordAbsence(AbsenceKind.SICK_LEAVE, MONDAY.plusDays(2), MONDAY.plusDays(5), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_absence_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> agent().recordAbsence(AbsenceKind.OTHER, MONDAY, MONDAY.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cancelled_absence_no_longer_counts() {
        var agent = agent();
        var absence = agent.recordAbsence(AbsenceKind.SICK_LEAVE, MONDAY, MONDAY, null);

        agent.cancelAbsence(absence);

        assertThat(agent.isAbsentOn(MONDAY)).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "ES, CREDIT_CARD, DPD_1_29, true",
        "ES, CREDIT_CARD, DPD_30_59, true",
        "EN, CREDIT_CARD, DPD_1_29, false",
        "ES, MORTGAGE, DPD_1_29, false",
        "ES, CREDIT_CARD, DPD_60_89, false"
    })
    void takes_only_cases_matching_every_skill(
            Language language, Product product, AgingBucket bucket, boolean expected) {
        assertThat(agent().canTake(language, product, bucket)).isEqualTo(expected);
    }

    @Test
    void an_inactive_agent_takes_nothing() {
        var agent = agent();
        agent.deactivate();

        assertThat(agent.canTake(Language.ES, Product.CREDIT_CARD, AgingBucket.DPD_1_29))
                .isFalse();
        assertThat(agent.isAvailableOn(MONDAY)).isFalse();
    }

    @ParameterizedTest(name = "{0} open cases -> room: {1}")
    @CsvSource({"0, true", "2, true", "3, false", "4, false"})
    void has_capacity_while_open_cases_are_below_capacity(int openCases, boolean room) {
        assertThat(agent().hasCapacityFor(openCases)).isEqualTo(room);
    }

    @Test
    void capacity_is_at_least_one_case() {
        assertThatThrownBy(() -> new Agent(1L, "X", team, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_available_on_working_days_only() {
        var agent = agent();

        assertThat(agent.isAvailableOn(MONDAY)).isTrue();
        assertThat(agent.isAvailableOn(MONDAY.plusDays(5))).as("Saturday").isFalse();
    }

    @ParameterizedTest(name = "{0} on shift: {1}")
    @CsvSource({"07:59, false", "08:00, true", "16:59, true", "17:00, false"})
    void is_on_shift_from_shift_start_until_before_shift_end(LocalTime time, boolean onShift) {
        assertThat(agent().isOnShiftAt(LocalDateTime.of(MONDAY, time))).isEqualTo(onShift);
    }

    @Test
    void a_changed_schedule_moves_the_working_days() {
        var agent = agent();
        agent.changeSchedule(
                EnumSet.of(DayOfWeek.SATURDAY), new WorkingSchedule(LocalTime.of(9, 0), LocalTime.of(13, 0)));

        assertThat(agent.isAvailableOn(MONDAY)).isFalse();
        assertThat(agent.isOnShiftAt(MONDAY.plusDays(5).atTime(9, 0))).isTrue();
    }

    @Test
    void moves_between_teams() {
        var agent = agent();
        var other = new Team("Hipotecas", 8L);

        agent.joinTeam(other);
        assertThat(agent.isMemberOf(other)).isTrue();
        assertThat(agent.isMemberOf(team)).isFalse();

        agent.leaveTeam();
        assertThat(agent.team()).isEmpty();
    }

    @Test
    void skills_are_replaced_not_merged() {
        var agent = agent();
        agent.changeSkills(List.of(Language.EN), List.of(Product.MORTGAGE), List.of(AgingBucket.DPD_90_119));

        assertThat(agent.canTake(Language.ES, Product.CREDIT_CARD, AgingBucket.DPD_1_29))
                .isFalse();
        assertThat(agent.canTake(Language.EN, Product.MORTGAGE, AgingBucket.DPD_90_119))
                .isTrue();
    }
}
