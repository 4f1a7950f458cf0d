package com.acuerdo.platform.audit;

import com.acuerdo.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The audit trail. Every change to money, promises, arrangements, assignments and reviews, and
 * every sign-in and denial, is recorded here.
 *
 * <ul>
 *   <li>{@link #record} joins the caller's transaction: the event exists exactly when the change
 *       it describes was committed.
 *   <li>{@link #recordRegardless} commits on its own (REQUIRES_NEW): for refusals and failures,
 *       which must stay on record although the caller's work fails or rolls back.
 * </ul>
 */
@Stateless
@PermitAll
public class Audit {

    /** The actor of events without a signed-in caller (start-up, nightly jobs). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public AuditEvent record(AuditType type, String subjectType, Object subjectId, String detail) {
        return recordAs(caller(), type, subjectType, subjectId, detail);
    }

    public AuditEvent recordAs(String actor, AuditType type, String subjectType, Object subjectId, String detail) {
        var event = new AuditEvent(
                Instant.now(clock), actor, type, subjectType, subjectId == null ? null : subjectId.toString(), detail);
        em.persist(event);
        return event;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditEvent recordRegardless(
            String actor, AuditType type, String subjectType, Object subjectId, String detail) {
        return recordAs(actor, type, subjectType, subjectId, detail);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> eventsAbout(String subjectType, Object subjectId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.subjectType = :type AND e.subjectId = :id"
                                + " ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEvent.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId.toString())
                .setMaxResults(500)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> latest(int max) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    private String caller() {
        var principal = session.getCallerPrincipal();
        var name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
