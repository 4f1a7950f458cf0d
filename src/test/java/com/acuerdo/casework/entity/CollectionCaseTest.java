package com.acuerdo.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.testing.Portfolio;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionCaseTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Test
    void opens_on_the_worst_bucket_of_the_clients_accounts_with_its_objective() {
        var customer = Portfolio.customer();
        var recent = Portfolio.delinquentAccount(customer, TODAY.minusDays(10), TODAY);
        var older = Portfolio.delinquentAccount(customer, TODAY.minusDays(75), TODAY);

        var kase = CollectionCase.open(customer, List.of(recent, older), TODAY);

        assertThat(kase.isOpen()).isTrue();
        assertThat(kase.accounts()).containsExactlyInAnyOrder(recent, older);
        assertThat(kase.bucket()).isEqualTo(AgingBucket.DPD_60_89);
        assertThat(kase.objective()).contains(Objective.SECURE_COMMITMENT);
        assertThat(kase.openedOn()).isEqualTo(TODAY);
        assertThat(kase.chargeOffCandidate()).isFalse();
        assertThat(kase.assignedAgentId()).isEmpty();
    }

    @Test
    void a_client_with_only_current_accounts_gets_no_case() {
        var customer = Portfolio.customer();

        assertThatThrownBy(() -> CollectionCase.open(customer, List.of(Portfolio.account(customer)), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CollectionCase.open(customer, List.of(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void links_only_accounts_of_its_own_client() {
        var kase = Portfolio.openCase(TODAY);
        var stranger = Portfolio.delinquentAccount(Portfolio.customer(), TODAY.minusDays(5), TODAY);

        assertThatThrownBy(() -> kase.link(stranger)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reassignment_returns_the_move_to_audit() {
        var kase = Portfolio.openCase(TODAY);
        kase.assignTo(7L, 1L);

        var move = kase.reassignTo(9L, 2L, "agent on leave");

        assertThat(move).isEqualTo(new Reassignment(7L, 1L, 9L, 2L, "agent on leave"));
        assertThat(kase.isAssignedTo(9L)).isTrue();
        assertThat(kase.isAssignedTo(7L)).isFalse();
        assertThat(kase.teamId()).contains(2L);
    }

    @Test
    void reassigning_an_unassigned_case_comes_from_nobody() {
        var kase = Portfolio.openCase(TODAY);

        assertThat(kase.reassignTo(9L, 2L, "orphaned").fromAgentId()).isNull();
    }

    @Test
    void reassignment_needs_a_reason_and_a_different_agent() {
        var kase = Portfolio.openCase(TODAY);
        kase.assignTo(7L, 1L);

        assertThatThrownBy(() -> kase.reassignTo(9L, 1L, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kase.reassignTo(7L, 1L, "same")).isInstanceOf(IllegalStateException.class);
        assertThat(kase.isAssignedTo(7L)).isTrue();
    }

    @Test
    void an_unassigned_case_is_nobodys() {
        assertThat(Portfolio.openCase(TODAY).isAssignedTo(7L)).isFalse();
    }

    @Test
    void aging_into_180_plus_marks_a_charge_off_candidate() {
        var kase = Portfolio.openCase(TODAY);

        kase.updateAging(AgingBucket.DPD_180_PLUS, Objective.CHANGE_CONDITIONS);

        assertThat(kase.chargeOffCandidate()).isTrue();
        assertThat(kase.bucket()).isEqualTo(AgingBucket.DPD_180_PLUS);

        kase.updateAging(AgingBucket.DPD_120_179, Objective.CHANGE_CONDITIONS);
        assertThat(kase.chargeOffCandidate()).isFalse();
    }

    @Test
    void the_priority_is_explained_by_parts_that_add_up_to_it() {
        var kase = Portfolio.openCase(TODAY);
        var parts = List.of(
                new PriorityPart("BALANCE", new BigDecimal("30.5")),
                new PriorityPart("DAYS_PAST_DUE", new BigDecimal("40")),
                new PriorityPart("PROMISE_DUE_TODAY", new BigDecimal("12.25")));

        kase.prioritise(new BigDecimal("82.75"), parts);

        assertThat(kase.priorityScore()).isEqualByComparingTo("82.75");
        assertThat(kase.priorityParts()).containsExactlyElementsOf(parts);
    }

    @Test
    void a_priority_whose_parts_do_not_add_up_is_refused() {
        var kase = Portfolio.openCase(TODAY);

        assertThatThrownBy(() -> kase.prioritise(
                        new BigDecimal("50"), List.of(new PriorityPart("BALANCE", new BigDecimal("49.99")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escalates_once() {
        var kase = Portfolio.openCase(TODAY);

        assertThat(kase.escalate("promise broken twice")).isTrue();
        assertThat(kase.escalate("again")).isFalse();
        assertThat(kase.escalationReason()).contains("promise broken twice");
    }

    @Test
    void the_latest_contact_sets_the_callback() {
        var kase = Portfolio.openCase(TODAY);
        var callback = Instant.parse("2026-03-12T16:00:00Z");

        kase.contactMade(Instant.parse("2026-03-10T15:00:00Z"), callback);
        kase.contactMade(Instant.parse("2026-03-09T15:00:00Z"), null);

        assertThat(kase.lastContactAt()).contains(Instant.parse("2026-03-10T15:00:00Z"));
        assertThat(kase.nextCallbackAt()).contains(callback);
    }

    @Test
    void closing_frees_the_client_for_a_new_case_and_stops_changes() {
        var kase = Portfolio.openCase(TODAY);

        kase.close(CloseReason.CURED, TODAY.plusDays(3));

        assertThat(kase.isOpen()).isFalse();
        assertThat(kase.closeReason()).contains(CloseReason.CURED);
        assertThat(kase.closedOn()).contains(TODAY.plusDays(3));
        assertThatThrownBy(() -> kase.close(CloseReason.OTHER, TODAY.plusDays(4)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kase.assignTo(1L, 1L)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kase.escalate("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannot_close_before_it_opened() {
        var kase = Portfolio.openCase(TODAY);

        assertThatThrownBy(() -> kase.close(CloseReason.CURED, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
