package com.acuerdo.promise.boundary;

import static com.acuerdo.promise.entity.PromiseEvent.ACCOUNT;
import static com.acuerdo.promise.entity.PromiseEvent.PROMISE;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.money.Money;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.control.PromisePolicy;
import com.acuerdo.promise.entity.PromiseEvent;
import com.acuerdo.promise.entity.PromiseToPay;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Promises to pay (promesas de pago) on the accounts of the caller's cases: make one under the
 * promise policy, list them, cancel an open one. Refusals carry every reason (codes with figures);
 * every change and every refusal is audited. Making a promise bumps the case's version, so two
 * people saving on the same case at once cannot both pass the one-open-promise rule: the second gets
 * a conflict and reloads.
 */
@Stateless(name = "PromiseDesk") // the repository promise.entity.Promises is an EJB of the same simple name
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Promises {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CollectionCases cases;

    @Inject
    com.acuerdo.promise.entity.Promises promises;

    @Inject
    ArrangementPolicyRepository policies;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseGuard guard;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * @param amount as the client said it; more decimals than the currency has is refused, not rounded
     * @throws Refusal NOT_FOUND (unknown account), CONFLICT (no open case, or a concurrent change),
     *     INVALID with every broken rule
     * @throws com.acuerdo.security.boundary.Forbidden not an account of the caller's cases
     */
    public PromiseView make(String accountId, BigDecimal amount, LocalDate dueOn) {
        var account = account(accountId);
        var kase = openCaseOf(account)
                .orElseThrow(() -> refuse(accountId, Refusal.Kind.CONFLICT, Reason.of("NO_OPEN_CASE")));
        em.lock(kase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        var today = calendar.today();
        var policy = policyOf(account, today);
        var reasons = policy.check(
                new PromisePolicy.Request(amount, account.balance(), dueOn, today, promises.hasOpenOnCase(kase.id())));
        if (!reasons.isEmpty()) {
            throw refuse(accountId, Refusal.Kind.INVALID, reasons);
        }
        var promise = promises.add(new PromiseToPay(
                kase,
                account,
                Money.of(amount, account.currency()),
                dueOn,
                today,
                Instant.now(clock),
                guard.callerAgent().map(Agent::id).orElse(null)));
        flush();
        audit.record(
                PromiseEvent.PROMISE_MADE,
                PROMISE,
                promise.id(),
                "account " + accountId + ", case " + kase.id() + ": " + promise.amount() + " due " + dueOn);
        return PromiseView.of(promise);
    }

    /** The latest due date a promise on the account may have if made today (for the screens' date picker). */
    public LocalDate latestDueOn(String accountId) {
        var account = account(accountId);
        var today = calendar.today();
        return policyOf(account, today).latestDueDate(today);
    }

    private PromisePolicy policyOf(Account account, LocalDate today) {
        return new PromisePolicy(policies.inForce(account.product(), account.lastBucket(), account.currency(), today)
                .map(ArrangementPolicy::maxPromiseDays)
                .orElse(PromisePolicy.DEFAULT_MAX_DAYS_AHEAD));
    }

    /** The account's promises, newest first. */
    public List<PromiseView> ofAccount(String accountId) {
        var account = account(accountId);
        return promises.ofAccount(account.id()).stream().map(PromiseView::of).toList();
    }

    /** The case's promises, newest first. */
    public List<PromiseView> ofCase(long caseId) {
        var kase = cases.find(caseId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_CASE", "caseId", caseId)));
        guard.requireAccess(kase, "CASE", caseId);
        return promises.ofCase(caseId).stream().map(PromiseView::of).toList();
    }

    /**
     * Withdraws an open promise (e.g. replaced by an arrangement).
     *
     * @param expectedVersion the version the caller saw; another one means someone changed it meanwhile
     */
    public PromiseView cancel(String accountId, long promiseId, Long expectedVersion) {
        var account = account(accountId);
        var promise = promises.find(promiseId)
                .filter(p -> p.account().id().equals(account.id()))
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_PROMISE", "promiseId", promiseId)));
        if (expectedVersion != null && expectedVersion != promise.version()) {
            throw changedMeanwhile(expectedVersion, promise.version());
        }
        if (!promise.isOpen()) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("PROMISE_NOT_OPEN", "status", promise.status()));
        }
        promise.cancel(calendar.today());
        flush();
        audit.record(PromiseEvent.PROMISE_CANCELLED, PROMISE, promise.id(), "account " + accountId);
        return PromiseView.of(promise);
    }

    /** The account, after the row-level rule: its open case must be the caller's (no case: admins only). */
    private Account account(String accountId) {
        var account = accounts.findByExternalId(accountId)
                .orElseThrow(() ->
                        new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_ACCOUNT", "accountId", accountId)));
        var kase = openCaseOf(account);
        if (kase.isPresent()) {
            guard.requireAccess(kase.get(), "ACCOUNT", accountId);
        } else {
            guard.requireAdmin("ACCOUNT", accountId, "account without an open case");
        }
        return account;
    }

    private Optional<CollectionCase> openCaseOf(Account account) {
        return em.createQuery(
                        "select c from CollectionCase c join c.accounts a where a.id = :accountId and c.status = :open",
                        CollectionCase.class)
                .setParameter("accountId", account.id())
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream()
                .findFirst();
    }

    /** Writes now, so a concurrent change surfaces here as a conflict the caller can act on. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CHANGED_BY_SOMEONE_ELSE"));
        }
    }

    private static Refusal changedMeanwhile(long expected, long current) {
        return new Refusal(
                Refusal.Kind.CONFLICT, Reason.of("CHANGED_BY_SOMEONE_ELSE", "version", expected, "current", current));
    }

    private Refusal refuse(String accountId, Refusal.Kind kind, Reason reason) {
        return refuse(accountId, kind, List.of(reason));
    }

    /** Audited on its own transaction: the refusal stays on record although this one rolls back. */
    private Refusal refuse(String accountId, Refusal.Kind kind, List<Reason> reasons) {
        audit.recordRegardless(
                caller(),
                PromiseEvent.PROMISE_REFUSED,
                ACCOUNT,
                accountId,
                reasons.stream().map(Reason::text).collect(Collectors.joining("; ")));
        return new Refusal(kind, reasons);
    }

    private String caller() {
        var principal = session.getCallerPrincipal();
        return principal == null ? Audit.SYSTEM : principal.getName();
    }
}
