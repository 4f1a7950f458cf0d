package com.acuerdo.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.contact.control.DefaultContactPolicies;
import com.acuerdo.contact.entity.ContactPolicy;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.demo.control.ClientPlan.BillPlan;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientPlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final ClientPlanner PLANNER = new ClientPlanner(DemoSettings.DEFAULT_SEED, TODAY);
    private static List<ClientPlan> department;

    @BeforeAll
    static void plan500() {
        department = IntStream.range(0, 500).mapToObj(PLANNER::plan).toList();
    }

    @Test
    void the_same_seed_and_index_give_the_same_client_whatever_was_planned_before() {
        var fresh = new ClientPlanner(DemoSettings.DEFAULT_SEED, TODAY);
        assertThat(fresh.plan(321)).isEqualTo(department.get(321));
        assertThat(fresh.plan(7)).isEqualTo(PLANNER.plan(7));
    }

    @Test
    void different_indexes_give_different_clients() {
        assertThat(PLANNER.plan(10)).isNotEqualTo(PLANNER.plan(11));
        assertThat(department.stream().map(ClientPlan::externalId).distinct()).hasSize(500);
        assertThat(department.stream()
                        .map(plan -> plan.details().nationalId())
                        .distinct()
                        .count())
                .isGreaterThan(495);
    }

    @Test
    void another_seed_gives_another_department() {
        var other = new ClientPlanner(DemoSettings.DEFAULT_SEED + 1, TODAY);
        assertThat(other.plan(42).details()).isNotEqualTo(PLANNER.plan(42).details());
    }

    @Test
    void every_aging_bucket_has_accounts_in_a_500_client_department() {
        var buckets = department.stream()
                .flatMap(plan -> plan.accounts().stream())
                .map(ClientPlan.AccountPlan::expectedBucket)
                .collect(Collectors.toSet());
        assertThat(buckets).containsExactlyInAnyOrder(AgingBucket.values());
    }

    @Test
    void even_seven_clients_populate_every_bucket() {
        var buckets = IntStream.range(0, 7)
                .mapToObj(PLANNER::plan)
                .map(ClientPlan::expectedBucket)
                .collect(Collectors.toSet());
        assertThat(buckets).containsExactlyInAnyOrder(AgingBucket.values());
    }

    @Test
    void names_zones_jurisdictions_and_currencies_agree() {
        Map<Jurisdiction, String> currency = Map.of(
                Jurisdiction.MX, "MXN",
                Jurisdiction.CO, "COP",
                Jurisdiction.CL, "CLP",
                Jurisdiction.US, "USD",
                Jurisdiction.DEFAULT, "USD");
        Map<Jurisdiction, Set<String>> zones = Map.of(
                Jurisdiction.MX,
                Set.of(
                        "America/Mexico_City",
                        "America/Monterrey",
                        "America/Tijuana",
                        "America/Cancun",
                        "America/Merida"),
                Jurisdiction.CO,
                Set.of("America/Bogota"),
                Jurisdiction.CL,
                Set.of("America/Santiago"),
                Jurisdiction.US,
                Set.of(
                        "America/New_York",
                        "America/Chicago",
                        "America/Denver",
                        "America/Los_Angeles",
                        "America/Phoenix"),
                Jurisdiction.DEFAULT,
                Set.of(
                        "America/Lima",
                        "America/Guatemala",
                        "America/Guayaquil",
                        "America/Panama",
                        "America/El_Salvador"));
        for (var plan : department) {
            var details = plan.details();
            assertThat(plan.currency()).isEqualTo(currency.get(details.jurisdiction()));
            assertThat(zones.get(details.jurisdiction()))
                    .contains(details.timeZone().getId());
            plan.accounts()
                    .forEach(account -> assertThat(account.billed().currency()).isEqualTo(plan.currency()));
            int words = details.fullName().split(" ").length;
            if (details.language() == Language.ES) {
                assertThat(words).as(details.fullName()).isGreaterThanOrEqualTo(3);
            } else {
                assertThat(details.jurisdiction()).isEqualTo(Jurisdiction.US);
            }
            assertThat(details.email()).matches("[a-z0-9.]+@[a-z.]+");
        }
        assertThat(department.stream()
                        .map(plan -> plan.details().jurisdiction())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Jurisdiction.values());
        assertThat(department.stream().map(plan -> plan.details().language()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Language.values());
    }

    @ParameterizedTest
    @CsvSource({
        "America/Mexico_City, '[A-Z]{4}\\d{6}[HM][A-Z]{5}[0A]\\d'",
        "America/Santiago, '\\d{1,2}\\.\\d{3}\\.\\d{3}-[0-9K]'",
        "America/New_York, '\\d{3}-\\d{2}-\\d{4}'",
        "America/Bogota, '\\d{8,10}'",
        "America/Lima, '\\d{8}'"
    })
    void national_ids_follow_each_country_s_format(String zone, String format) {
        var ids = department.stream()
                .filter(plan -> plan.details().timeZone().getId().equals(zone))
                .map(plan -> plan.details().nationalId())
                .toList();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches(format), "format " + format);
    }

    @Test
    void a_chilean_rut_carries_its_modulo_11_check_digit() {
        assertThat(ClientPlanner.rut(12_345_678)).isEqualTo("12.345.678-5");
        assertThat(ClientPlanner.rut(11_111_111)).isEqualTo("11.111.111-1");
    }

    @Test
    void payments_never_exceed_what_is_billed_and_bills_run_six_to_twelve_months() {
        for (var plan : department) {
            for (var account : plan.accounts()) {
                assertThat(account.paid().isGreaterThan(account.billed())).isFalse();
                assertThat(account.bills()).hasSizeBetween(6, 12);
                assertThat(account.payments()).allMatch(p -> !p.paidOn().isAfter(TODAY));
                assertThat(account.payments()).allMatch(p -> p.amount().isPositive());
            }
        }
    }

    @Test
    void a_delinquent_account_s_oldest_unpaid_bill_gives_its_days_past_due() {
        for (var plan : department) {
            for (var account : plan.accounts()) {
                if (account.expectedDaysPastDue() == 0 || !plan.restrictions().isEmpty()) {
                    continue;
                }
                var paid = account.paid();
                var covered = Money.zero(plan.currency());
                BillPlan oldestUnpaid = null;
                for (var bill : account.bills()) {
                    covered = covered.plus(bill.amount());
                    if (covered.minus(paid).isGreaterThan(ClientPlanner.tolerance(plan.currency()))) {
                        oldestUnpaid = bill;
                        break;
                    }
                }
                assertThat(oldestUnpaid).isNotNull();
                assertThat(oldestUnpaid.dueDate()).isEqualTo(TODAY.minusDays(account.expectedDaysPastDue()));
            }
        }
    }

    @Test
    void promises_come_in_every_state_and_some_fall_due_today() {
        var promises =
                department.stream().flatMap(plan -> plan.promises().stream()).toList();
        assertThat(promises.stream().map(ClientPlan.PromisePlan::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PromiseStatus.values());
        assertThat(promises)
                .anyMatch(p -> p.status() == PromiseStatus.OPEN && p.dueOn().equals(TODAY));
        assertThat(promises).filteredOn(p -> p.status() == PromiseStatus.KEPT).allMatch(p -> p.paid()
                .equals(p.amount()));
        assertThat(promises)
                .filteredOn(p -> p.status() == PromiseStatus.PARTIAL)
                .allMatch(p -> p.paid().isPositive() && p.paid().isLessThan(p.amount()));
    }

    @Test
    void only_clients_behind_have_promises_and_the_150_client_test_department_has_every_state() {
        assertThat(department).filteredOn(plan -> !plan.isDelinquent()).allMatch(plan -> plan.promises()
                .isEmpty());
        var small = department.subList(0, 150).stream()
                .flatMap(plan -> plan.promises().stream())
                .map(ClientPlan.PromisePlan::status)
                .collect(Collectors.toSet());
        assertThat(small).containsExactlyInAnyOrder(PromiseStatus.values());
    }

    @Test
    void arrangements_come_active_pending_completed_and_broken() {
        var statuses = department.stream()
                .flatMap(plan -> plan.arrangements().stream())
                .map(ClientPlan.ArrangementPlan::status)
                .collect(Collectors.toSet());
        assertThat(statuses)
                .containsAll(EnumSet.of(
                        ArrangementStatus.ACTIVE,
                        ArrangementStatus.PENDING_APPROVAL,
                        ArrangementStatus.COMPLETED,
                        ArrangementStatus.BROKEN));
        assertThat(department).filteredOn(ClientPlan::isCured).isNotEmpty();
    }

    @Test
    void contacts_happen_only_inside_the_policy_s_hours_in_the_client_s_zone() {
        Function<Jurisdiction, ContactPolicy> policies = jurisdiction -> DefaultContactPolicies.all().stream()
                .filter(policy -> policy.jurisdiction() == jurisdiction)
                .findFirst()
                .orElseThrow();
        long contacts = 0;
        for (var plan : department) {
            var policy = policies.apply(plan.details().jurisdiction());
            ZoneId zone = plan.details().timeZone();
            for (var contact : plan.contacts()) {
                var local = LocalDateTime.ofInstant(contact.at(), zone);
                boolean holiday = PLANNER.isHoliday(plan.details().jurisdiction(), local.toLocalDate());
                assertThat(policy.isOpenAt(local, holiday))
                        .as(plan.externalId() + " " + local)
                        .isTrue();
                assertThat(local.toLocalDate()).isBefore(TODAY);
                contacts++;
            }
        }
        assertThat(contacts).isGreaterThan(300);
    }

    @Test
    void some_clients_carry_restrictions_of_several_kinds() {
        var kinds = department.stream()
                .flatMap(plan -> plan.restrictions().stream())
                .map(ClientPlan.RestrictionPlan::type)
                .collect(Collectors.toSet());
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(3);
    }
}
