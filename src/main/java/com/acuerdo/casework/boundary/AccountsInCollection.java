package com.acuerdo.casework.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.contact.entity.ContactRestrictions;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Accounts by the core bank's id, with their collection facts, under the row-level rule: an agent
 * only the accounts of their own cases, a supervisor their teams', an admin every account.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class AccountsInCollection {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ContactRestrictions restrictions;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseGuard guard;

    /**
     * @return empty for an unknown account
     * @throws com.acuerdo.security.boundary.Forbidden when the account is not in the caller's cases
     */
    public Optional<AccountStatus> status(String accountExternalId) {
        var found = accounts.findByExternalId(accountExternalId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var account = found.get();
        var openCase = openCaseOf(account);
        if (openCase.isPresent()) {
            guard.requireAccess(openCase.get(), "ACCOUNT", accountExternalId);
        } else {
            guard.requireAdmin("ACCOUNT", accountExternalId, "account without an open case");
        }
        return Optional.of(status(account, openCase));
    }

    private AccountStatus status(Account account, Optional<CollectionCase> openCase) {
        var today = calendar.today();
        var bucket = account.lastBucket();
        var objective = !bucket.isDelinquent()
                ? null
                : openCase.flatMap(CollectionCase::objective)
                        .or(bucket::defaultObjective)
                        .orElse(null);
        var active = restrictions.activeOn(account.customer().id(), today).stream()
                .filter(restriction -> restriction.covers(account.id()))
                .map(restriction -> new AccountStatus.Restriction(
                        restriction.type(),
                        restriction.fromDate(),
                        restriction.untilDate().orElse(null)))
                .toList();
        return new AccountStatus(
                account.externalId(),
                account.customer().externalId(),
                account.balance(),
                account.lastDaysPastDue(),
                bucket,
                openCase.map(CollectionCase::id).orElse(null),
                objective,
                openCase.flatMap(CollectionCase::assignedAgentId)
                        .flatMap(guard::usernameOfAgent)
                        .orElse(null),
                active);
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
}
