package com.acuerdo.nightly;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.testing.Portfolio;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/** Data of the nightly jobs' tests, each piece committed on its own under unique core-bank ids. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyFixtures {

    /** A stored client and their account. */
    public record Client(long customerId, long accountId) {}

    @PersistenceContext
    EntityManager em;

    /** A client with one account and one unpaid bill of 1500.00 MXN per due date. */
    public Client client(LocalDate... dueDates) {
        var customer = Portfolio.customer();
        em.persist(customer);
        var account = Portfolio.account(customer);
        for (var due : dueDates) {
            account.addBill(Portfolio.nextId("B-"), due, Portfolio.mxn("1500.00"));
        }
        em.persist(account);
        em.flush();
        return new Client(customer.id(), account.id());
    }

    public void pay(long accountId, LocalDate paidOn, String amount) {
        var account = em.find(Account.class, accountId);
        account.applyPayment(new Payment(Portfolio.nextId("P-"), account, paidOn, Portfolio.mxn(amount), "BRANCH"));
    }

    public void pause(long customerId, LocalDate from, LocalDate until) {
        var customer = em.find(Customer.class, customerId);
        em.persist(new ContactRestriction(
                customer, null, RestrictionType.PAUSE, from, until, "hardship", "test", Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchStatus run(String job, Properties parameters) throws InterruptedException {
        var operator = BatchRuntime.getJobOperator();
        long id = operator.start(job, parameters);
        return waitFor(id);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchStatus waitFor(long executionId) throws InterruptedException {
        var operator = BatchRuntime.getJobOperator();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            var status = operator.getJobExecution(executionId).getBatchStatus();
            if (status == BatchStatus.COMPLETED
                    || status == BatchStatus.FAILED
                    || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job execution " + executionId + " did not end in time");
    }

    // --- reading back (plain SQL: what the jobs wrote) ------------------------------------------

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
