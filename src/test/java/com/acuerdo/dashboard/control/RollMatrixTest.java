package com.acuerdo.dashboard.control;

import static com.acuerdo.aging.entity.AgingBucket.CURRENT;
import static com.acuerdo.aging.entity.AgingBucket.DPD_1_29;
import static com.acuerdo.aging.entity.AgingBucket.DPD_30_59;
import static com.acuerdo.aging.entity.AgingBucket.DPD_60_89;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollMatrixTest {

    /** 10 current (2 roll to 1–29), 8 in 1–29 (3 cure, 1 rolls to 30–59), 4 in 30–59 (1 rolls to 60–89, 1 improves). */
    private static RollMatrix sample() {
        return new RollMatrix()
                .add(CURRENT, CURRENT, 8)
                .add(CURRENT, DPD_1_29, 2)
                .add(DPD_1_29, CURRENT, 3)
                .add(DPD_1_29, DPD_1_29, 4)
                .add(DPD_1_29, DPD_30_59, 1)
                .add(DPD_30_59, DPD_60_89, 1)
                .add(DPD_30_59, DPD_30_59, 2)
                .add(DPD_30_59, DPD_1_29, 1);
    }

    @Test
    void cells_rows_and_total_count_accounts() {
        var m = sample();
        assertThat(m.count(DPD_1_29, CURRENT)).isEqualTo(3);
        assertThat(m.count(DPD_60_89, CURRENT)).isZero();
        assertThat(m.rowTotal(DPD_1_29)).isEqualTo(8);
        assertThat(m.total()).isEqualTo(22);
    }

    @Test
    void the_cure_rate_is_cured_over_delinquent_at_the_start() {
        var m = sample();
        assertThat(m.delinquentAtStart()).isEqualTo(12);
        assertThat(m.cured()).isEqualTo(3);
        assertThat(m.cureRate()).isEqualByComparingTo("25.0");
    }

    @Test
    void containment_is_the_share_that_did_not_roll_to_a_worse_bucket() {
        var m = sample();
        assertThat(m.rolledForward()).isEqualTo(4);
        assertThat(m.contained()).isEqualTo(18);
        assertThat(m.containment()).isEqualByComparingTo("81.8");
    }

    @Test
    void the_roll_rate_of_a_bucket_is_its_share_that_rolled_forward() {
        var m = sample();
        assertThat(m.rollRate(CURRENT)).isEqualByComparingTo("20.0");
        assertThat(m.rollRate(DPD_30_59)).isEqualByComparingTo("25.0");
        assertThat(m.rollRate(DPD_60_89)).isNull();
    }

    @Test
    void an_empty_matrix_has_no_rates() {
        var m = new RollMatrix();
        assertThat(m.total()).isZero();
        assertThat(m.cureRate()).isNull();
        assertThat(m.containment()).isNull();
    }

    @Test
    void a_matrix_of_current_accounts_only_has_containment_but_no_cure_rate() {
        var m = new RollMatrix().add(CURRENT, CURRENT, 5);
        assertThat(m.cureRate()).isNull();
        assertThat(m.containment()).isEqualByComparingTo("100.0");
    }

    @Test
    void matrices_add_cell_by_cell() {
        var sum = sample().plus(new RollMatrix().add(DPD_1_29, CURRENT, 2).add(DPD_60_89, DPD_60_89, 1));
        assertThat(sum.count(DPD_1_29, CURRENT)).isEqualTo(5);
        assertThat(sum.count(DPD_60_89, DPD_60_89)).isEqualTo(1);
        assertThat(sum.total()).isEqualTo(25);
        assertThat(sample().total()).as("the operands are unchanged").isEqualTo(22);
    }
}
