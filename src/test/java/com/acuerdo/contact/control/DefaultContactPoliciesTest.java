package com.acuerdo.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.customer.entity.Jurisdiction;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class DefaultContactPoliciesTest {

    @Test
    void there_is_one_policy_per_jurisdiction() {
        assertThat(DefaultContactPolicies.all())
                .extracting(ContactPolicy::jurisdiction)
                .containsExactlyInAnyOrder(Jurisdiction.values());
    }

    @Test
    void only_colombia_closes_on_public_holidays() {
        assertThat(DefaultContactPolicies.all())
                .filteredOn(ContactPolicy::isClosedOnPublicHolidays)
                .extracting(ContactPolicy::jurisdiction)
                .containsExactly(Jurisdiction.CO);
    }

    @Test
    void sundays_are_open_only_in_the_us_and_mexico() {
        assertThat(DefaultContactPolicies.all())
                .filteredOn(policy -> policy.windowOn(DayOfWeek.SUNDAY).isPresent())
                .extracting(ContactPolicy::jurisdiction)
                .containsExactlyInAnyOrder(Jurisdiction.US, Jurisdiction.MX);
    }

    @Test
    void the_default_policy_caps_calls_at_three_a_week_with_two_quiet_days() {
        var fallback = DefaultContactPolicies.fallback();

        assertThat(fallback.callAttemptCap()).get().satisfies(cap -> {
            assertThat(cap.count()).isEqualTo(3);
            assertThat(cap.days()).isEqualTo(7);
        });
        assertThat(fallback.quietDaysAfterConversation()).contains(2);
    }
}
