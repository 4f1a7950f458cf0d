package com.acuerdo.quality.boundary;

import static com.acuerdo.quality.boundary.QualityEvent.CONTACT;

import com.acuerdo.contact.entity.Contact;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.platform.audit.Audit;
import com.acuerdo.platform.time.BusinessCalendar;
import com.acuerdo.quality.control.Sampler;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.quality.entity.ReviewSample;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the QA queue of a period (the week, Monday to Sunday, of the business date): up to N outbound
 * agent contacts per agent, stratified by outcome, never a contact twice; a supervisor may add one.
 */
@Stateless
public class Sampling {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "acuerdo.quality.sample-per-agent", defaultValue = "5")
    int perAgent;

    /** The first and last day of the period that contains the date. */
    public static LocalDate[] periodOf(LocalDate date) {
        var start = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LocalDate[] {start, start.plusDays(6)};
    }

    /** Tops each agent up to N samples in the current period; answers how many contacts were added. */
    @RolesAllowed({Role.Names.QA, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public int sampleCurrentPeriod() {
        var period = periodOf(calendar.today());
        var from = period[0].atStartOfDay().toInstant(ZoneOffset.UTC);
        var until = period[1].plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.agentId, c.outcome from Contact c where c.agentId is not null"
                                + " and c.direction = :outbound and c.contactAt >= :from and c.contactAt < :until",
                        Object[].class)
                .setParameter("outbound", Direction.OUTBOUND)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
        var candidates = rows.stream()
                .map(row -> new Sampler.Candidate((Long) row[0], (Long) row[1], String.valueOf(row[2])))
                .toList();
        var alreadySampled = new HashSet<>(em.createQuery(
                        "select s.contactId from ReviewSample s where s.contactId in"
                                + " (select c.id from Contact c where c.contactAt >= :from and c.contactAt < :until)",
                        Long.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList());
        Map<Long, Long> inPeriod = em
                .createQuery(
                        "select s.agentId, count(s) from ReviewSample s where s.periodStart = :start group by s.agentId",
                        Object[].class)
                .setParameter("start", period[0])
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));

        var random = new Random(period[0].toEpochDay());
        var byAgent = candidates.stream().collect(Collectors.groupingBy(Sampler.Candidate::agentId));
        var now = Instant.now(clock);
        int added = 0;
        for (var entry : byAgent.entrySet()) {
            int missing = perAgent - inPeriod.getOrDefault(entry.getKey(), 0L).intValue();
            if (missing <= 0) {
                continue;
            }
            for (var chosen : new Sampler(missing, random).sample(entry.getValue(), alreadySampled)) {
                em.persist(ReviewSample.sampled(chosen.contactId(), chosen.agentId(), period[0], period[1], now));
                added++;
            }
        }
        audit.record(
                QualityEvent.CONTACT_SAMPLED, "PERIOD", period[0], added + " contacts, " + perAgent + " per agent");
        return added;
    }

    /** A supervisor puts a specific contact in the queue of the current period. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.QA})
    public long add(long contactId) {
        var contact = em.find(Contact.class, contactId);
        if (contact == null || contact.agentId().isEmpty()) {
            throw new QualityRuleException("quality.sample.notReviewable", "contact " + contactId);
        }
        long sampled = em.createQuery("select count(s) from ReviewSample s where s.contactId = :id", Long.class)
                .setParameter("id", contactId)
                .getSingleResult();
        if (sampled > 0) {
            throw new QualityRuleException("quality.sample.already", "contact " + contactId);
        }
        var period = periodOf(calendar.today());
        var sample = ReviewSample.addedBySupervisor(
                contactId, contact.agentId().get(), period[0], period[1], currentUser.getUserId(), Instant.now(clock));
        em.persist(sample);
        em.flush();
        audit.record(QualityEvent.CONTACT_ADDED_FOR_REVIEW, CONTACT, contactId, "sample " + sample.id());
        return sample.id();
    }
}
