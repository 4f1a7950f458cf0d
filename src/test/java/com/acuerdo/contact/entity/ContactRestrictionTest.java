package com.acuerdo.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.PausePeriod;
import com.acuerdo.testing.Portfolio;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ContactRestrictionTest {

    private static final LocalDate FROM = LocalDate.parse("2026-03-10");
    private static final Instant RECORDED = Instant.parse("2026-03-10T12:00:00Z");

    private static ContactRestriction restriction(RestrictionType type, LocalDate until) {
        return new ContactRestriction(Portfolio.customer(), null, type, FROM, until, null, "agent1", RECORDED);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-09, false", "2026-03-10, true", "2026-03-20, true", "2026-03-21, false"})
    void active_from_its_first_to_its_last_day(LocalDate date, boolean active) {
        assertThat(restriction(RestrictionType.NO_CALL, LocalDate.parse("2026-03-20"))
                        .isActiveOn(date))
                .isEqualTo(active);
    }

    @Test
    void an_open_restriction_stays_active() {
        assertThat(restriction(RestrictionType.CEASE, null).isActiveOn(LocalDate.parse("2030-01-01")))
                .isTrue();
    }

    @Test
    void lifting_ends_it_the_day_before_the_business_date() {
        var dispute = restriction(RestrictionType.DISPUTE, null);

        dispute.lift(Instant.parse("2026-03-15T10:00:00Z"), LocalDate.parse("2026-03-15"));

        assertThat(dispute.isActiveOn(LocalDate.parse("2026-03-14"))).isTrue();
        assertThat(dispute.isActiveOn(LocalDate.parse("2026-03-15"))).isFalse();
        assertThat(dispute.asPause()).contains(PausePeriod.between(FROM, LocalDate.parse("2026-03-14")));
        assertThat(dispute.liftedAt()).contains(Instant.parse("2026-03-15T10:00:00Z"));
    }

    @Test
    void lifting_on_its_first_day_leaves_it_without_days() {
        var pause = restriction(RestrictionType.PAUSE, LocalDate.parse("2026-03-31"));

        pause.lift(RECORDED, FROM);

        assertThat(pause.isActiveOn(FROM)).isFalse();
        assertThat(pause.asPause()).isEmpty();
    }

    @Test
    void lifting_after_it_ended_keeps_its_end() {
        var pause = restriction(RestrictionType.PAUSE, LocalDate.parse("2026-03-20"));

        pause.lift(RECORDED, LocalDate.parse("2026-04-10"));

        assertThat(pause.untilDate()).contains(LocalDate.parse("2026-03-20"));
    }

    @Test
    void is_lifted_once() {
        var dispute = restriction(RestrictionType.DISPUTE, null);
        dispute.lift(RECORDED, LocalDate.parse("2026-03-15"));

        assertThatThrownBy(() -> dispute.lift(RECORDED, LocalDate.parse("2026-03-16")))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = RestrictionType.class,
            names = {"DISPUTE", "PAUSE"})
    void disputes_and_pauses_pause_aging(RestrictionType type) {
        assertThat(restriction(type, null).asPause()).contains(new PausePeriod(FROM, Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(
            value = RestrictionType.class,
            names = {"CEASE", "NO_CALL", "NO_SMS", "NO_EMAIL"})
    void other_restrictions_do_not_pause_aging(RestrictionType type) {
        assertThat(restriction(type, null).asPause()).isEmpty();
    }

    @Test
    void a_whole_client_restriction_covers_every_account() {
        assertThat(restriction(RestrictionType.NO_CALL, null).covers(42L)).isTrue();
        var onOneAccount = new ContactRestriction(
                Portfolio.customer(), 7L, RestrictionType.NO_CALL, FROM, null, null, "agent1", RECORDED);
        assertThat(onOneAccount.covers(7L)).isTrue();
        assertThat(onOneAccount.covers(8L)).isFalse();
    }

    @Test
    void cannot_end_before_it_starts() {
        assertThatThrownBy(() -> restriction(RestrictionType.PAUSE, FROM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
