package com.acuerdo.promise.batch;

import com.acuerdo.arrangement.control.InstalmentPayments;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Instalment;
import com.acuerdo.arrangement.entity.InstalmentStatus;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.batch.CustomerScope;
import com.acuerdo.platform.batch.IdRange;
import com.acuerdo.platform.batch.JobDate;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.promise.entity.PromiseToPay;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Promise follow-up for one range of client ids on business date D: every open promise due before D
 * becomes KEPT, PARTIAL or BROKEN by what was paid on the account since it was made; every instalment
 * of an active arrangement due before D is checked against what was paid since the arrangement was
 * agreed (down payment first), with the policy's grace days; a missed or partial instalment breaks the
 * arrangement, all instalments paid complete it. Each change is audited. Only open promises and due
 * instalments are read, so a re-run changes nothing.
 */
@Dependent
@Named("followUpPromises")
public class PromiseFollowUp extends AbstractItemWriter {

    private static final int DEFAULT_GRACE_DAYS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobContext job;

    @Inject
    JobDate jobDate;

    @Inject
    Audit audit;

    @Inject
    ArrangementPolicyRepository policies;

    @Inject
    @jakarta.batch.api.BatchProperty
    String firstCustomerId;

    @Inject
    @jakarta.batch.api.BatchProperty
    String lastCustomerId;

    private LocalDate date;
    private CustomerScope scope;

    @Override
    public void open(Serializable checkpoint) {
        date = jobDate.of(job);
        scope = CustomerScope.of(firstCustomerId, lastCustomerId);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (var item : items) {
            var range = (IdRange) item;
            long from = Math.max(range.from(), scope.first());
            long to = Math.min(range.to(), scope.last());
            promisesDue(from, to).forEach(this::followUp);
            arrangementsDue(from, to).forEach(this::followUp);
        }
        em.flush();
    }

    private List<PromiseToPay> promisesDue(long from, long to) {
        return em.createQuery(
                        "SELECT p FROM PromiseToPay p WHERE p.status = :open AND p.dueOn < :date"
                                + " AND p.account.customer.id BETWEEN :from AND :to ORDER BY p.id",
                        PromiseToPay.class)
                .setParameter("open", PromiseStatus.OPEN)
                .setParameter("date", date)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private List<PaymentArrangement> arrangementsDue(long from, long to) {
        return em.createQuery(
                        "SELECT DISTINCT a FROM PaymentArrangement a JOIN a.instalments i WHERE a.status = :active"
                                + " AND i.status = :due AND i.dueOn < :date"
                                + " AND a.account.customer.id BETWEEN :from AND :to",
                        PaymentArrangement.class)
                .setParameter("active", ArrangementStatus.ACTIVE)
                .setParameter("due", InstalmentStatus.DUE)
                .setParameter("date", date)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private void followUp(PromiseToPay promise) {
        var paid = paidSince(
                promise.account().id(), promise.madeOn(), promise.amount().currency());
        var status = promise.followUp(paid, date);
        audit.recordAs(
                Audit.SYSTEM,
                FollowUpEvent.valueOf("PROMISE_" + status.name()),
                FollowUpEvent.PROMISE,
                promise.id(),
                "due " + promise.dueOn() + ", promised " + promise.amount() + ", paid " + paid);
    }

    private void followUp(PaymentArrangement arrangement) {
        var account = arrangement.account();
        var currency = account.currency();
        var agreed = arrangement.decidedAt().orElse(arrangement.requestedAt());
        var paid = paidSince(account.id(), agreed.atOffset(ZoneOffset.UTC).toLocalDate(), currency);
        var instalments = arrangement.instalments();
        var shares = InstalmentPayments.share(
                paid,
                arrangement.downPayment(),
                instalments.stream().map(Instalment::amount).toList());
        int graceDays = policies.inForce(account.product(), account.lastBucket(), currency, date)
                .map(policy -> policy.graceDays())
                .orElse(DEFAULT_GRACE_DAYS);
        String broken = null;
        for (int i = 0; i < instalments.size(); i++) {
            var instalment = instalments.get(i);
            if (instalment.status() != InstalmentStatus.DUE
                    || !instalment.dueOn().isBefore(date)) {
                continue;
            }
            var status = instalment.followUp(shares.get(i), date, graceDays);
            if (status != InstalmentStatus.DUE) {
                audit.recordAs(
                        Audit.SYSTEM,
                        FollowUpEvent.valueOf("INSTALMENT_" + status.name()),
                        FollowUpEvent.ARRANGEMENT,
                        arrangement.id(),
                        "instalment " + instalment.number() + " due " + instalment.dueOn() + ", paid " + shares.get(i)
                                + " of " + instalment.amount());
            }
            if ((status == InstalmentStatus.MISSED || status == InstalmentStatus.PARTIAL) && broken == null) {
                broken = "instalment " + instalment.number() + " due " + instalment.dueOn() + " not paid within "
                        + graceDays + " grace days";
            }
        }
        if (broken != null) {
            arrangement.markBroken(date, broken);
            audit.recordAs(
                    Audit.SYSTEM,
                    FollowUpEvent.ARRANGEMENT_BROKEN,
                    FollowUpEvent.ARRANGEMENT,
                    arrangement.id(),
                    broken);
        } else if (instalments.stream().allMatch(instalment -> instalment.status() == InstalmentStatus.PAID)) {
            arrangement.complete(date);
            audit.recordAs(
                    Audit.SYSTEM,
                    FollowUpEvent.ARRANGEMENT_COMPLETED,
                    FollowUpEvent.ARRANGEMENT,
                    arrangement.id(),
                    "every instalment paid");
        }
    }

    /** Paid on the account from a date on, up to the business date. */
    private Money paidSince(long accountId, LocalDate from, String currency) {
        var sum = em.createQuery(
                        "SELECT SUM(p.amount.amount) FROM Payment p WHERE p.account.id = :account"
                                + " AND p.paidOn >= :from AND p.paidOn <= :date",
                        BigDecimal.class)
                .setParameter("account", accountId)
                .setParameter("from", from)
                .setParameter("date", date)
                .getSingleResult();
        return Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
    }
}
