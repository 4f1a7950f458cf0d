package com.acuerdo.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTableTest {

    private final ObjectiveTable table = new ObjectiveTable(List.of(
            new ObjectiveTable.Row("MORTGAGE", AgingBucket.DPD_30_59, Objective.REMIND, LocalDate.parse("2026-01-01")),
            new ObjectiveTable.Row(
                    "MORTGAGE", AgingBucket.DPD_30_59, Objective.SECURE_COMMITMENT, LocalDate.parse("2026-06-01"))));

    @Test
    void the_latest_row_in_force_decides() {
        assertThat(table.objectiveFor("MORTGAGE", AgingBucket.DPD_30_59, LocalDate.parse("2026-05-31")))
                .contains(Objective.REMIND);
        assertThat(table.objectiveFor("MORTGAGE", AgingBucket.DPD_30_59, LocalDate.parse("2026-06-01")))
                .contains(Objective.SECURE_COMMITMENT);
    }

    @Test
    void without_a_row_the_buckets_default_objective_applies() {
        assertThat(table.objectiveFor("CREDIT_CARD", AgingBucket.DPD_30_59, LocalDate.parse("2026-06-01")))
                .contains(Objective.IDENTIFY_BARRIERS);
        assertThat(table.objectiveFor("MORTGAGE", AgingBucket.DPD_30_59, LocalDate.parse("2025-12-31")))
                .contains(Objective.IDENTIFY_BARRIERS);
    }

    @Test
    void a_current_account_has_no_objective() {
        assertThat(table.objectiveFor("MORTGAGE", AgingBucket.CURRENT, LocalDate.parse("2026-06-01")))
                .isEmpty();
    }
}
