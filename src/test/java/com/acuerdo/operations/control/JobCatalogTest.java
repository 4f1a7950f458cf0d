package com.acuerdo.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    private final JobCatalog catalog = new JobCatalog(Set.of(
            "META-INF/batch-jobs/aging.xml",
            "META-INF/batch-jobs/nightly.xml",
            "META-INF/batch-jobs/import-customers.xml")::contains);

    @Test
    void a_job_of_the_contract_with_its_xml_is_startable() {
        assertThat(catalog.isStartable("aging")).isTrue();
        assertThat(catalog.isStartable("nightly")).isTrue();
    }

    @Test
    void a_job_of_the_contract_without_its_xml_is_not() {
        assertThat(catalog.isStartable("reminders")).isFalse();
        assertThat(catalog.startable()).containsExactly("nightly", "aging");
    }

    @Test
    void a_job_outside_the_contract_is_not_startable_by_name_even_with_an_xml() {
        assertThat(catalog.isStartable("import-customers")).isFalse();
        assertThat(catalog.isStartable("../aging")).isFalse();
        assertThat(catalog.isStartable(null)).isFalse();
    }

    @Test
    void a_step_job_may_run_for_a_slice_of_clients_but_the_chain_never() {
        assertThat(catalog.isScopable("aging")).isTrue();
        assertThat(catalog.isScopable("nightly")).isFalse();
        assertThat(catalog.isScopable("reminders")).as("no xml").isFalse();
        assertThat(catalog.isScopable("import-customers")).isFalse();
    }
}
