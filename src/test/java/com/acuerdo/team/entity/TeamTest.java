package com.acuerdo.team.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.customer.entity.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamTest {

    @Test
    void a_team_without_rules_takes_any_case() {
        var team = new Team("General", null);

        assertThat(team.takes(Product.MORTGAGE, AgingBucket.DPD_180_PLUS, Language.EN))
                .isTrue();
    }

    @Test
    void a_team_takes_only_the_listed_values_of_each_rule() {
        var team = new Team("Tarjetas temprana", 7L);
        team.takeCasesOf(List.of(Product.CREDIT_CARD), List.of(AgingBucket.DPD_1_29, AgingBucket.DPD_30_59), List.of());

        assertThat(team.takes(Product.CREDIT_CARD, AgingBucket.DPD_30_59, Language.EN))
                .isTrue();
        assertThat(team.takes(Product.CREDIT_CARD, AgingBucket.DPD_60_89, Language.ES))
                .isFalse();
        assertThat(team.takes(Product.AUTO_LOAN, AgingBucket.DPD_1_29, Language.ES))
                .isFalse();
    }

    @Test
    void knows_its_supervisor() {
        var team = new Team("Hipotecas", 7L);
        team.changeSupervisor(9L);

        assertThat(team.isSupervisedBy(9L)).isTrue();
        assertThat(team.isSupervisedBy(7L)).isFalse();
    }

    @Test
    void needs_a_name() {
        assertThatThrownBy(() -> new Team("  ", 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
