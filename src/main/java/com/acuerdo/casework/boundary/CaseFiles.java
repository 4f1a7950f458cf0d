package com.acuerdo.casework.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.arrangement.entity.Arrangements;
import com.acuerdo.casework.control.PriorityExplanation.Part;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.ContactRestrictions;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.promise.entity.Promises;
import com.acuerdo.security.entity.Role;
import com.acuerdo.team.entity.Agent;
import com.acuerdo.team.entity.AgentRepository;
import com.acuerdo.team.entity.TeamRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case as its agent (or their supervisor, or an admin) reads it before a contact. Read-only: the
 * workspace that records contacts, promises and arrangements comes with those capabilities.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CaseFiles {

    static final int RECENT_CONTACTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CollectionCases cases;

    @Inject
    CaseGuard guard;

    @Inject
    AgentRepository agents;

    @Inject
    TeamRepository teams;

    @Inject
    ContactRestrictions restrictions;

    @Inject
    Promises promises;

    @Inject
    Arrangements arrangements;

    @Inject
    BusinessCalendar calendar;

    /**
     * @return empty for an unknown case
     * @throws com.acuerdo.security.boundary.Forbidden when the case is not the caller's (audited)
     */
    public Optional<CaseView> open(long caseId) {
        var found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var kase = found.get();
        guard.requireAccess(kase, "CASE", caseId);
        return Optional.of(view(kase));
    }

    private CaseView view(CollectionCase kase) {
        var customer = kase.customer();
        var accounts = kase.accounts().stream()
                .sorted(Comparator.comparing(Account::externalId))
                .toList();
        var accountNames = new HashMap<Long, String>();
        accounts.forEach(account -> accountNames.put(account.id(), account.externalId()));
        var agent = kase.assignedAgentId().flatMap(agents::find);
        var agentNames = new HashMap<Long, String>();
        agent.ifPresent(a -> agentNames.put(a.id(), a.displayName()));

        return new CaseView(
                kase.id(),
                kase.isOpen(),
                kase.openedOn(),
                kase.bucket(),
                kase.objective().orElse(null),
                kase.priorityScore(),
                kase.priorityParts().stream()
                        .map(part -> new Part(part.name(), part.points()))
                        .toList(),
                kase.escalated(),
                kase.chargeOffCandidate(),
                agent.map(Agent::displayName).orElse(null),
                kase.teamId().flatMap(teams::find).map(team -> team.name()).orElse(null),
                new CaseView.Client(
                        customer.externalId(),
                        customer.fullName(),
                        customer.timeZone(),
                        customer.language(),
                        customer.jurisdiction(),
                        customer.email(),
                        customer.phone(),
                        customer.consentSms(),
                        customer.consentEmail()),
                accounts.stream()
                        .map(account -> new CaseView.AccountLine(
                                account.externalId(),
                                account.product(),
                                account.balance(),
                                account.lastDaysPastDue(),
                                account.lastBucket(),
                                account.agedOn().orElse(null)))
                        .toList(),
                restrictions.activeOn(customer.id(), calendar.today()).stream()
                        .map(r -> new CaseView.RestrictionLine(
                                r.type(),
                                r.accountId().map(accountNames::get).orElse(null),
                                r.fromDate(),
                                r.untilDate().orElse(null)))
                        .toList(),
                recentContacts(kase, agentNames),
                promises.ofCase(kase.id()).stream()
                        .map(p -> new CaseView.PromiseLine(
                                p.account().externalId(),
                                p.amount(),
                                p.dueOn(),
                                p.madeOn(),
                                p.status(),
                                p.amountPaid()))
                        .toList(),
                arrangements.ofCase(kase.id()).stream()
                        .map(a -> new CaseView.ArrangementLine(
                                a.account().externalId(),
                                a.totalAfterDiscount(),
                                a.downPayment(),
                                a.instalments().size(),
                                a.frequency(),
                                a.firstDueOn(),
                                a.status()))
                        .toList());
    }

    private List<CaseView.ContactLine> recentContacts(CollectionCase kase, Map<Long, String> agentNames) {
        var contacts = em.createQuery(
                        "select ct from Contact ct where ct.collectionCase.id = :caseId"
                                + " order by ct.contactAt desc, ct.id desc",
                        Contact.class)
                .setParameter("caseId", kase.id())
                .setMaxResults(RECENT_CONTACTS)
                .getResultList();
        return contacts.stream()
                .map(ct -> new CaseView.ContactLine(
                        ct.id(),
                        ct.contactAt(),
                        ct.channel(),
                        ct.direction(),
                        ct.outcome(),
                        ct.delayReason().orElse(null),
                        ct.agentId()
                                .map(id -> agentNames.computeIfAbsent(id, this::agentName))
                                .orElse(null),
                        ct.notes()))
                .toList();
    }

    private String agentName(long agentId) {
        return agents.find(agentId).map(Agent::displayName).orElse("#" + agentId);
    }
}
