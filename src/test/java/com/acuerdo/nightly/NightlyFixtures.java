package com.acuerdo.nightly;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.arrangement.control.InstalmentSchedule;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.ContactRestriction;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Customer;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.testing.Portfolio;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

/** Data of the nightly jobs' tests, each piece committed on its own under unique core-bank ids. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyFixtures {

    /** A stored client and their account. */
    public record Client(long customerId, long accountId) {}

    /** A stored client with one delinquent account and an open case. */
    public record Kase(long customerId, long accountId, long caseId) {
        public Client client() {
            return new Client(customerId, accountId);
        }
    }

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

    /** A client whose account has one unpaid bill due on {@code billDue}, aged on and in a case opened on {@code openedOn}. */
    public Kase withCase(LocalDate billDue, LocalDate openedOn) {
        var customer = Portfolio.customer();
        em.persist(customer);
        var account = Portfolio.delinquentAccount(customer, billDue, openedOn);
        em.persist(account);
        var kase = CollectionCase.open(customer, List.of(account), openedOn);
        em.persist(kase);
        em.flush();
        return new Kase(customer.id(), account.id(), kase.id());
    }

    public long promise(Kase kase, String amount, LocalDate dueOn, LocalDate madeOn) {
        var promise = new PromiseToPay(
                em.find(CollectionCase.class, kase.caseId()),
                em.find(Account.class, kase.accountId()),
                Portfolio.mxn(amount),
                dueOn,
                madeOn,
                madeOn.atTime(12, 0).toInstant(ZoneOffset.UTC),
                null);
        em.persist(promise);
        em.flush();
        return promise.id();
    }

    public void breakPromise(Kase kase, LocalDate dueOn, LocalDate resolvedOn) {
        long id = promise(kase, "100.00", dueOn, dueOn.minusDays(5));
        em.find(PromiseToPay.class, id).followUp(Portfolio.mxn("0.00"), resolvedOn);
    }

    /** An active arrangement of 1500.00: 300.00 down and two monthly instalments of 600.00. */
    public long arrangement(Kase kase, LocalDate agreedOn, LocalDate firstDueOn) {
        var schedule = InstalmentSchedule.compute(
                Portfolio.mxn("1500.00"), BigDecimal.ZERO, Portfolio.mxn("300.00"), 2, Frequency.MONTHLY, firstDueOn);
        var arrangement = PaymentArrangement.agree(
                em.find(CollectionCase.class, kase.caseId()),
                em.find(Account.class, kase.accountId()),
                schedule,
                null,
                agreedOn.atTime(12, 0).toInstant(ZoneOffset.UTC));
        em.persist(arrangement);
        em.flush();
        return arrangement.id();
    }

    public void conversation(Kase kase, LocalDate on) {
        em.persist(new Contact(
                em.find(CollectionCase.class, kase.caseId()),
                kase.accountId(),
                Channel.CALL,
                Direction.OUTBOUND,
                ContactOutcome.RIGHT_PARTY,
                null,
                on.atTime(15, 0).toInstant(ZoneOffset.UTC),
                "Conversación de prueba"));
    }

    public void restrict(long customerId, RestrictionType type, LocalDate from) {
        em.persist(new ContactRestriction(
                em.find(Customer.class, customerId), null, type, from, null, "test", "test", Instant.now()));
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

    /** Rows as arrays, also when one column is selected. */
    public List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<?>) query.getResultList())
                .stream()
                        .map(row -> row instanceof Object[] array ? array : new Object[] {row})
                        .toList();
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
