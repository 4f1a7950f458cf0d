package com.acuerdo.strategy.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConfigurationProposalTest {

    static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    @Test
    void a_proposal_starts_pending_and_is_approved_once() {
        var proposal = proposal();
        assertThat(proposal.isPending()).isTrue();
        proposal.approve("admin", NOW, " ");
        assertThat(proposal.status()).isEqualTo(ConfigurationProposal.Status.APPROVED);
        assertThat(proposal.decidedBy()).isEqualTo("admin");
        assertThat(proposal.decisionNote()).isNull();
        assertThatIllegalStateException().isThrownBy(() -> proposal.reject("admin", NOW, "late"));
    }

    @Test
    void a_rejection_needs_a_note() {
        assertThatIllegalArgumentException().isThrownBy(() -> proposal().reject("admin", NOW, " "));
        var proposal = proposal();
        proposal.reject("admin", NOW, "Tono demasiado duro");
        assertThat(proposal.status()).isEqualTo(ConfigurationProposal.Status.REJECTED);
        assertThat(proposal.decisionNote()).isEqualTo("Tono demasiado duro");
    }

    @Test
    void a_proposal_needs_a_reason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigurationProposal(
                        ConfigurationProposal.Kind.TALKING_POINT,
                        "REMIND/X",
                        "{}",
                        LocalDate.of(2026, 3, 11),
                        "  ",
                        "supervisor1",
                        NOW));
    }

    private static ConfigurationProposal proposal() {
        return new ConfigurationProposal(
                ConfigurationProposal.Kind.TALKING_POINT,
                "REMIND/X",
                "{}",
                LocalDate.of(2026, 3, 11),
                "Los clientes preguntan por la fecha",
                "supervisor1",
                NOW);
    }
}
