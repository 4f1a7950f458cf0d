package com.acuerdo.intake;

import com.acuerdo.account.entity.Bill;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Properties;

/**
 * TEST ONLY (added to ImportsIT's archive, never shipped): reads what an import stored, as
 * {@code key=value} lines, for values the integration API does not show.
 */
@Stateless
@Path("test-fixtures/intake")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_PLAIN)
public class IntakeFixtures {

    @PersistenceContext
    EntityManager em;

    /** Runs the inbox step on a folder of the test's (the job test-inbox of the test archive). */
    @POST
    @Path("inbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String inbox(@QueryParam("folder") String folder) {
        var parameters = new Properties();
        parameters.setProperty("inbox", folder);
        return Long.toString(BatchRuntime.getJobOperator().start("test-inbox", parameters));
    }

    @GET
    @Path("customers/{id}")
    public String customer(@PathParam("id") String id) {
        var customer = em.createQuery("select c from Customer c where c.externalId = :id", Customer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return "fullName=" + customer.fullName() + "\nemail=" + customer.email() + "\nlanguage="
                + customer.language().code() + "\njurisdiction=" + customer.jurisdiction() + "\n";
    }

    @GET
    @Path("bills/{id}")
    public String bill(@PathParam("id") String id) {
        var bill = em.createQuery("select b from Bill b where b.externalId = :id", Bill.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return "amountDue=" + bill.amountDue().amount().toPlainString() + "\namountPaid="
                + bill.amountPaid().amount().toPlainString() + "\ndueDate=" + bill.dueDate() + "\n";
    }

    @GET
    @Path("payments/{id}")
    public String payment(@PathParam("id") String id) {
        var payments = em.createQuery("select p from Payment p where p.externalId = :id", Payment.class)
                .setParameter("id", id)
                .getResultList();
        if (payments.isEmpty()) {
            throw new NotFoundException();
        }
        var payment = payments.get(0);
        var allocations = payment.allocations().stream()
                .map(a -> a.bill().externalId() + ":" + a.amount().amount().toPlainString())
                .toList();
        return "count=" + payments.size() + "\nunallocated="
                + payment.unallocated().amount().toPlainString() + "\nallocations=" + String.join(",", allocations)
                + "\n";
    }
}
