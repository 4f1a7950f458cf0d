package com.acuerdo.operations;

import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import com.acuerdo.testing.Portfolio;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Properties;

/**
 * TEST ONLY (JobsIT's archive): starts the test job {@code test-waiting}, which the jobs API does not
 * start by name (not in the catalogue) but watches, stops and restarts like any execution; stores
 * fresh clients for a scoped aging run.
 */
@Stateless
@Path("test-fixtures/jobs")
@RolesAllowed(Role.Names.ADMIN)
public class JobsFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @POST
    @Path("waiting")
    @Produces(MediaType.TEXT_PLAIN)
    // The job repository must see the started job at once, not at this bean's commit.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String startWaiting() {
        return Long.toString(BatchRuntime.getJobOperator().start("test-waiting", new Properties()));
    }

    /**
     * Three new clients, one account each, never aged: one unpaid bill due 40 days before the business
     * date, one due 5 days before, one due in 10 days. Answers {@code first=}, {@code last=} (their
     * internal ids) and {@code accounts=} (the core-bank account ids, in that order), one per line.
     */
    @POST
    @Path("clients")
    @Produces(MediaType.TEXT_PLAIN)
    public String clients() {
        // Contiguous ids, so the slice first..last holds these clients alone in a shared database (a
        // batch that straddles two blocks of the id sequence is left aside and another one made).
        for (int attempt = 0; ; attempt++) {
            var today = calendar.today();
            var customerIds = new ArrayList<Long>();
            var accounts = new ArrayList<String>();
            for (int days : new int[] {40, 5, -10}) {
                var customer = Portfolio.customer();
                em.persist(customer);
                var account = Portfolio.account(customer);
                account.addBill(Portfolio.nextId("B-"), today.minusDays(days), Portfolio.mxn("1500.00"));
                em.persist(account);
                em.flush();
                customerIds.add(customer.id());
                accounts.add(account.externalId());
            }
            long first = customerIds.stream().mapToLong(Long::longValue).min().orElseThrow();
            long last = customerIds.stream().mapToLong(Long::longValue).max().orElseThrow();
            if (last - first + 1 == customerIds.size() || attempt == 3) {
                return "first=" + first + "\nlast=" + last + "\naccounts=" + String.join(",", accounts);
            }
        }
    }
}
