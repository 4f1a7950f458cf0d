package com.acuerdo.nightly;

import com.acuerdo.platform.time.BusinessCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * The once-per-night guarantees of the chain, kept by the database (table nightly_run, one row per
 * business date) so they hold across restarts and across several instances: one instance claims a
 * night; the business date is advanced at most once per night.
 */
@Stateless
@PermitAll
public class NightlyRuns {

    private static final Logger LOG = Logger.getLogger(NightlyRuns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessCalendar calendar;

    @Inject
    Clock clock;

    /** @return whether this caller got the night (false: another instance or run has it already) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(LocalDate businessDate, String by) {
        try {
            return insertClaim(businessDate, by);
        } catch (PersistenceException duplicate) {
            // Another instance inserted the same night between our check and our insert.
            return false;
        }
    }

    private boolean insertClaim(LocalDate businessDate, String by) {
        return em.createNativeQuery("INSERT INTO nightly_run (business_date, claimed_by, claimed_at)"
                                + " SELECT ?, ?, ? FROM business_date WHERE id = 1"
                                + " AND NOT EXISTS (SELECT 1 FROM nightly_run WHERE business_date = ?)")
                        .setParameter(1, businessDate)
                        .setParameter(2, by)
                        .setParameter(3, now())
                        .setParameter(4, businessDate)
                        .executeUpdate()
                > 0;
    }

    /**
     * Moves the business date from {@code businessDate} to the next day, unless that night was advanced
     * already or the date is no longer {@code businessDate}. The night must be claimed first.
     *
     * @return whether the date moved
     */
    public boolean advanceOnce(LocalDate businessDate) {
        if (!calendar.today().equals(businessDate)) {
            LOG.info(() -> "business date is " + calendar.today() + ", not " + businessDate + ": not advanced");
            return false;
        }
        // The row lock serialises concurrent chains; the loser sees advanced_to set and updates nothing.
        int updated = em.createNativeQuery("UPDATE nightly_run SET advanced_to = ?, advanced_at = ?"
                        + " WHERE business_date = ? AND advanced_to IS NULL")
                .setParameter(1, businessDate.plusDays(1))
                .setParameter(2, now())
                .setParameter(3, businessDate)
                .executeUpdate();
        if (updated == 0) {
            LOG.info(() -> "the night of " + businessDate + " was advanced already");
            return false;
        }
        var next = calendar.advance();
        LOG.info(() -> "business date advanced to " + next);
        return true;
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
