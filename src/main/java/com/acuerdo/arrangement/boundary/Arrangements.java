package com.acuerdo.arrangement.boundary;

import static com.acuerdo.arrangement.entity.ArrangementEvent.ACCOUNT;
import static com.acuerdo.arrangement.entity.ArrangementEvent.ARRANGEMENT;

import com.acuerdo.account.entity.Account;
import com.acuerdo.arrangement.control.ArrangementCalculator;
import com.acuerdo.arrangement.entity.ArrangementEvent;
import com.acuerdo.arrangement.entity.ArrangementPolicy;
import com.acuerdo.arrangement.entity.ArrangementPolicy.Verdict;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.arrangement.entity.OpeningOffer;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payment arrangements (convenios de pago) on the accounts of the caller's cases. A proposal is
 * checked by the arrangement policy of the account's product, bucket and currency: inside the soft
 * limits it is ACTIVE at once; beyond them it waits in the supervisors' {@link ApprovalQueue}; beyond
 * the hard limits it is refused with every reason. Proposing bumps the case's version (two saves on
 * one case at once: the second is a conflict); every outcome is audited.
 */
@Stateless(name = "ArrangementDesk") // the repository arrangement.entity.Arrangements is an EJB of the same simple name
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class Arrangements {

    @PersistenceContext
    EntityManager em;

    @Inject
    Negotiation negotiation;

    @Inject
    com.acuerdo.arrangement.entity.Arrangements arrangements;

    @Inject
    ArrangementPolicyRepository policies;

    @Inject
    CollectionCases cases;

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
     * What the policy would say, without saving: the screens' live calculator.
     *
     * @throws Refusal NOT_FOUND (unknown account), INVALID (no policy for the account)
     */
    public ArrangementCalculator.Outcome preview(String accountId, Proposal proposal) {
        var account = negotiation.account(accountId);
        requireNoLiveArrangement(account);
        var today = calendar.today();
        return calculator(account, proposal).assess(policyOf(account, today), today);
    }

    /**
     * The calculator's first figures for the account: inside the soft limits of its policy.
     *
     * @throws Refusal NOT_FOUND (unknown account), INVALID (no policy for the account)
     */
    public Proposal openingOffer(String accountId) {
        var account = negotiation.account(accountId);
        var today = calendar.today();
        var offer = OpeningOffer.within(policyOf(account, today).soft(), account.balance());
        return new Proposal(
                offer.downPayment(),
                offer.instalments(),
                Frequency.MONTHLY,
                today.plusDays(offer.daysToFirstPayment()),
                BigDecimal.ZERO);
    }

    /**
     * @throws Refusal NOT_FOUND (unknown account), CONFLICT (no open case, or a concurrent change),
     *     INVALID (figures or hard limits, with every reason)
     * @throws com.acuerdo.security.boundary.Forbidden not an account of the caller's cases
     */
    public ArrangementView propose(String accountId, Proposal proposal) {
        var account = negotiation.account(accountId);
        var kase = negotiation
                .openCaseOf(account)
                .orElseThrow(() -> refuse(accountId, Refusal.Kind.CONFLICT, List.of(Reason.of("NO_OPEN_CASE"))));
        em.lock(kase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        requireNoLiveArrangement(account);
        var today = calendar.today();
        var outcome = calculator(account, proposal).assess(policyOf(account, today), today);
        if (outcome.verdict() == Verdict.REFUSED) {
            throw refuse(accountId, Refusal.Kind.INVALID, outcome.reasons());
        }
        var agentId = guard.callerAgent().map(Agent::id).orElse(null);
        var now = Instant.now(clock);
        var arrangement = outcome.verdict() == Verdict.WITHIN_POLICY
                ? PaymentArrangement.agree(kase, account, outcome.schedule(), agentId, now)
                : PaymentArrangement.requestApproval(
                        kase,
                        account,
                        outcome.schedule(),
                        agentId,
                        now,
                        outcome.reasons().stream().map(Reason::text).toList());
        arrangements.add(arrangement);
        negotiation.flush();
        audit.record(
                outcome.verdict() == Verdict.WITHIN_POLICY
                        ? ArrangementEvent.ARRANGEMENT_AGREED
                        : ArrangementEvent.ARRANGEMENT_SUBMITTED,
                ARRANGEMENT,
                arrangement.id(),
                "account " + accountId + ", case " + kase.id() + ": " + arrangement.totalAfterDiscount() + " = "
                        + arrangement.downPayment() + " down + "
                        + arrangement.instalments().size() + " "
                        + arrangement.frequency() + " from " + arrangement.firstDueOn()
                        + (outcome.reasons().isEmpty() ? "" : "; needs approval: " + outcome.reasons()));
        return ArrangementView.of(arrangement);
    }

    /** The account's arrangements with their decisions, newest first. */
    public List<ArrangementView> ofAccount(String accountId) {
        var account = negotiation.account(accountId);
        return arrangements.ofAccount(account.id()).stream()
                .map(ArrangementView::of)
                .toList();
    }

    /** The case's arrangements with their decisions, newest first. */
    public List<ArrangementView> ofCase(long caseId) {
        var kase = cases.find(caseId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, Reason.of("UNKNOWN_CASE", "caseId", caseId)));
        guard.requireAccess(kase, "CASE", caseId);
        return arrangements.ofCase(caseId).stream().map(ArrangementView::of).toList();
    }

    /** One arrangement at a time: a second would promise the same debt twice. */
    private void requireNoLiveArrangement(Account account) {
        arrangements.ofAccount(account.id()).stream()
                .filter(arrangement -> arrangement.status().isLive())
                .findFirst()
                .ifPresent(live -> {
                    throw refuse(
                            account.externalId(),
                            Refusal.Kind.CONFLICT,
                            List.of(Reason.of("LIVE_ARRANGEMENT_EXISTS", "status", live.status())));
                });
    }

    private static ArrangementCalculator calculator(Account account, Proposal proposal) {
        return new ArrangementCalculator(
                account.balance(),
                proposal.downPayment(),
                proposal.instalments(),
                proposal.frequency(),
                proposal.firstDueOn(),
                proposal.discountPercent());
    }

    private ArrangementPolicy policyOf(Account account, LocalDate today) {
        return policies.inForce(account.product(), account.lastBucket(), account.currency(), today)
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.INVALID,
                        Reason.of(
                                "NO_ARRANGEMENT_POLICY",
                                "product",
                                account.product(),
                                "bucket",
                                account.lastBucket(),
                                "currency",
                                account.currency())));
    }

    private Refusal refuse(String accountId, Refusal.Kind kind, List<Reason> reasons) {
        return negotiation.refuse(
                session.getCallerPrincipal(), ArrangementEvent.ARRANGEMENT_REFUSED, ACCOUNT, accountId, kind, reasons);
    }
}
