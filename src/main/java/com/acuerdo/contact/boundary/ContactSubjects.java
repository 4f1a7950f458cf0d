package com.acuerdo.contact.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.casework.entity.CollectionCases;
import com.acuerdo.customer.entity.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds whom a contact is about — an account by the core bank's id, or a case — and applies the
 * row-level rule for the caller: an agent only their own cases, a supervisor their teams', an admin
 * everything (including accounts without an open case).
 */
@ApplicationScoped
class ContactSubjects {

    /** The client, the open case (if any) and the account talked about (null: the whole case). */
    record Subject(Customer customer, CollectionCase openCase, Account account, String auditType, String name) {

        Optional<CollectionCase> caseIfOpen() {
            return Optional.ofNullable(openCase);
        }

        Long accountId() {
            return account == null ? null : account.id();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CollectionCases cases;

    @Inject
    CaseGuard guard;

    /**
     * @throws UnknownSubject for an unknown account
     * @throws com.acuerdo.security.boundary.Forbidden when it is not among the caller's cases (audited)
     */
    Subject ofAccount(String accountExternalId) {
        var account = accounts.findByExternalId(accountExternalId)
                .orElseThrow(() -> new UnknownSubject("unknown account " + accountExternalId));
        var openCase = em.createQuery(
                        "select c from CollectionCase c join c.accounts a where a.id = :accountId and c.status = :open",
                        CollectionCase.class)
                .setParameter("accountId", account.id())
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream()
                .findFirst();
        if (openCase.isPresent()) {
            guard.requireAccess(openCase.get(), ContactEvent.ACCOUNT, accountExternalId);
        } else {
            guard.requireAdmin(ContactEvent.ACCOUNT, accountExternalId, "account without an open case");
        }
        return new Subject(account.customer(), openCase.orElse(null), account, ContactEvent.ACCOUNT, accountExternalId);
    }

    /** A case as a whole (screens): every restriction of the client applies to it. */
    Subject ofCase(long caseId) {
        var kase = cases.find(caseId).orElseThrow(() -> new UnknownSubject("unknown case " + caseId));
        guard.requireAccess(kase, ContactEvent.CASE, caseId);
        return new Subject(
                kase.customer(), kase.isOpen() ? kase : null, null, ContactEvent.CASE, String.valueOf(caseId));
    }
}
