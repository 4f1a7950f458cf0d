package com.acuerdo.casework.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.account.entity.Bill;
import com.acuerdo.account.entity.Payment;
import com.acuerdo.arrangement.entity.ArrangementPolicyRepository;
import com.acuerdo.casework.control.PaymentMethods;
import com.acuerdo.casework.control.SolutionAmounts;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import com.acuerdo.strategy.entity.StrategyRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The planning read model of a case (the strategy in force, the arrangement policies and the
 * accounts' statements on the business date), under the same row-level rule as the case page.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CasePlans {

    @Inject
    CollectionCases cases;

    @Inject
    CaseGuard guard;

    @Inject
    Accounts accounts;

    @Inject
    StrategyRepository strategy;

    @Inject
    ArrangementPolicyRepository policies;

    @Inject
    BusinessCalendar calendar;

    /**
     * @return empty for an unknown case
     * @throws com.acuerdo.security.boundary.Forbidden when the case is not the caller's (audited)
     */
    public Optional<CasePlan> plan(long caseId) {
        var found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var kase = found.get();
        guard.requireAccess(kase, "CASE", caseId);
        return Optional.of(plan(kase, calendar.today()));
    }

    private CasePlan plan(CollectionCase kase, LocalDate today) {
        var caseAccounts = kase.accounts().stream()
                .sorted(Comparator.comparing(Account::externalId))
                .toList();
        var objective = kase.objective().orElse(null);
        var checklist = objective == null
                ? List.<CasePlan.Point>of()
                : strategy.talkingPoints(objective, today).stream()
                        .map(p -> new CasePlan.Point(p.code(), text(p.textEs(), p.textEn()), p.isMandatory()))
                        .toList();
        var objections = objective == null
                ? List.<CasePlan.Objection>of()
                : strategy.objectionGuides(objective, today).stream()
                        .map(g -> new CasePlan.Objection(
                                g.code(),
                                text(g.objection(Language.ES), g.objection(Language.EN)),
                                g.answers().stream()
                                        .map(a -> text(a.textEs(), a.textEn()))
                                        .toList()))
                        .toList();
        var routes = new ArrayList<CasePlan.Route>();
        var methods = new LinkedHashSet<com.acuerdo.casework.control.PaymentMethod>();
        var jurisdiction = kase.customer().jurisdiction();
        for (var account : caseAccounts) {
            methods.addAll(PaymentMethods.openTo(account.product(), jurisdiction));
            var bucket = account.lastBucket();
            if (!bucket.isDelinquent()) {
                continue;
            }
            var policy = policies.inForce(account.product(), bucket, account.currency(), today)
                    .orElse(null);
            for (var route : strategy.solutionRoutes(account.product(), bucket, today)) {
                routes.add(new CasePlan.Route(
                        route.code(),
                        route.kind(),
                        text(route.name(Language.ES), route.name(Language.EN)),
                        text(route.description(Language.ES), route.description(Language.EN)),
                        account.externalId(),
                        account.balance(),
                        SolutionAmounts.of(route.kind(), account.balance(), policy, today)));
            }
        }
        return new CasePlan(
                kase.id(),
                kase.version(),
                objective,
                checklist,
                objections,
                routes.stream()
                        .sorted(Comparator.comparing(CasePlan.Route::kind)) // promise first, pause last
                        .toList(),
                List.copyOf(methods),
                caseAccounts.stream().map(account -> statement(account, today)).toList());
    }

    private static CasePlan.Text text(String es, String en) {
        return new CasePlan.Text(es, en);
    }

    private CasePlan.Statement statement(Account account, LocalDate today) {
        var bills = accounts.billsOf(account.id()).stream()
                .sorted(Comparator.comparing(Bill::dueDate).reversed())
                .map(bill -> new CasePlan.BillLine(
                        bill.externalId(),
                        bill.dueDate(),
                        bill.amountDue(),
                        bill.amountPaid(),
                        bill.unpaid(),
                        bill.unpaid().isPositive() && bill.dueDate().isBefore(today)))
                .toList();
        var payments =
                accounts.paymentsOf(account.id()).stream().map(this::payment).toList();
        return new CasePlan.Statement(
                account.externalId(), account.product(), account.lastBucket(), account.balance(), bills, payments);
    }

    private CasePlan.PaymentLine payment(Payment payment) {
        var paidBills = payment.allocations().stream()
                .map(allocation -> allocation.bill().dueDate())
                .sorted()
                .distinct()
                .toList();
        return new CasePlan.PaymentLine(payment.paidOn(), payment.amount(), payment.channel(), paidBills);
    }
}
