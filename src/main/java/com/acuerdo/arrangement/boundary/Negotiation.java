package com.acuerdo.arrangement.boundary;

import com.acuerdo.account.entity.Account;
import com.acuerdo.account.entity.Accounts;
import com.acuerdo.casework.boundary.CaseGuard;
import com.acuerdo.casework.entity.CaseStatus;
import com.acuerdo.casework.entity.CollectionCase;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.audit.AuditType;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the arrangement boundaries share: the account behind the row-level rule, its open case,
 * writing now so a concurrent change is a conflict, and audited refusals. Runs in the caller's
 * transaction.
 */
@Dependent
class Negotiation {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CaseGuard guard;

    @Inject
    Audit audit;

    /** The account, after the row-level rule: its open case must be the caller's (no case: admins only). */
    Account account(String accountId) {
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

    Optional<CollectionCase> openCaseOf(Account account) {
        return em.createQuery(
                        "select c from CollectionCase c join c.accounts a where a.id = :accountId and c.status = :open",
                        CollectionCase.class)
                .setParameter("accountId", account.id())
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream()
                .findFirst();
    }

    /** Writes now, so a concurrent change surfaces here as a conflict the caller can act on. */
    void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Refusal(Refusal.Kind.CONFLICT, Reason.of("CHANGED_BY_SOMEONE_ELSE"));
        }
    }

    static Refusal changedMeanwhile(long expected, long current) {
        return new Refusal(
                Refusal.Kind.CONFLICT, Reason.of("CHANGED_BY_SOMEONE_ELSE", "version", expected, "current", current));
    }

    /** Audited on its own transaction: the refusal stays on record although the caller's rolls back. */
    Refusal refuse(
            Principal caller,
            AuditType event,
            String subjectType,
            Object subjectId,
            Refusal.Kind kind,
            List<Reason> reasons) {
        audit.recordRegardless(
                caller == null ? Audit.SYSTEM : caller.getName(),
                event,
                subjectType,
                subjectId,
                reasons.stream().map(Reason::text).collect(Collectors.joining("; ")));
        return new Refusal(kind, reasons);
    }
}
