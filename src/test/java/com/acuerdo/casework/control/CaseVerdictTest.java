package com.acuerdo.casework.control;

import static com.acuerdo.aging.entity.AgingBucket.CURRENT;
import static com.acuerdo.aging.entity.AgingBucket.DPD_180_PLUS;
import static com.acuerdo.aging.entity.AgingBucket.DPD_1_29;
import static com.acuerdo.aging.entity.AgingBucket.DPD_60_89;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseVerdictTest {

    @Test
    void a_client_who_became_delinquent_gets_a_case() {
        assertThat(CaseVerdict.of(List.of(CURRENT, DPD_1_29), false)).isEqualTo(CaseVerdict.OPEN);
    }

    @Test
    void an_open_case_of_a_delinquent_client_is_updated() {
        assertThat(CaseVerdict.of(List.of(DPD_60_89), true)).isEqualTo(CaseVerdict.UPDATE);
    }

    @Test
    void an_open_case_is_closed_as_cured_when_every_account_is_current() {
        assertThat(CaseVerdict.of(List.of(CURRENT, CURRENT), true)).isEqualTo(CaseVerdict.CLOSE_CURED);
        assertThat(CaseVerdict.of(List.of(), true)).isEqualTo(CaseVerdict.CLOSE_CURED);
    }

    @Test
    void a_current_client_without_a_case_needs_nothing() {
        assertThat(CaseVerdict.of(List.of(CURRENT), false)).isEqualTo(CaseVerdict.NOTHING);
    }

    @Test
    void the_case_takes_the_worst_bucket_of_the_accounts() {
        assertThat(CaseVerdict.worst(List.of(DPD_1_29, DPD_180_PLUS, CURRENT, DPD_60_89)))
                .isEqualTo(DPD_180_PLUS);
        assertThat(CaseVerdict.worst(List.of())).isEqualTo(CURRENT);
    }
}
