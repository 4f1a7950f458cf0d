package com.acuerdo.quality.boundary;

import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.quality.entity.SampleStatus;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The review queue of the current period (the sampling period that contains the business date):
 * contacts still waiting for a reviewer. Read-only here; scoring comes with the coaching reviews.
 */
@Stateless
@RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReviewQueue {

    /** A queue longer than this is shown in part (the page says so). */
    public static final int MAX_SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    public LocalDate businessDate() {
        return calendar.today();
    }

    public List<QueuedReview> currentPeriod() {
        return em.createQuery(
                        "select new com.acuerdo.quality.boundary.QueuedReview(s.id, s.contactId, ct.contactAt,"
                                + " ct.channel, ct.outcome, cu.fullName, a.displayName, s.source, s.periodStart,"
                                + " s.periodEnd)"
                                + " from ReviewSample s, Contact ct, Customer cu, Agent a"
                                + " where ct.id = s.contactId and cu.id = ct.customerId and a.id = s.agentId"
                                + " and s.status = :queued and s.periodStart <= :today and s.periodEnd >= :today"
                                + " order by s.createdAt, s.id",
                        QueuedReview.class)
                .setParameter("queued", SampleStatus.QUEUED)
                .setParameter("today", calendar.today())
                .setMaxResults(MAX_SHOWN)
                .getResultList();
    }

    public long countCurrentPeriod() {
        return em.createQuery(
                        "select count(s) from ReviewSample s where s.status = :queued"
                                + " and s.periodStart <= :today and s.periodEnd >= :today",
                        Long.class)
                .setParameter("queued", SampleStatus.QUEUED)
                .setParameter("today", calendar.today())
                .getSingleResult();
    }
}
