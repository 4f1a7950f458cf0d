package com.acuerdo.aging.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** The versions of the buckets' day ranges; the defaults when none is in force (an empty table). */
@Stateless
public class BucketSchemes {

    static final String IN_FORCE_SQL = "SELECT from_dpd_1_29, from_dpd_30_59, from_dpd_60_89, from_dpd_90_119,"
            + " from_dpd_120_179, from_dpd_180_plus FROM bucket_scheme WHERE effective_from <= ?"
            + " ORDER BY effective_from DESC";

    @PersistenceContext
    EntityManager em;

    /** The scheme in force on the date. */
    public BucketScheme on(LocalDate date) {
        return em.createQuery(
                        "SELECT s FROM BucketSchemeVersion s WHERE s.effectiveFrom <= :date ORDER BY s.effectiveFrom DESC",
                        BucketSchemeVersion.class)
                .setParameter("date", date)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(BucketSchemeVersion::scheme)
                .orElse(BucketScheme.defaults());
    }

    /** Every version, newest first. */
    public List<BucketSchemeVersion> versions() {
        return em.createQuery(
                        "SELECT s FROM BucketSchemeVersion s ORDER BY s.effectiveFrom DESC", BucketSchemeVersion.class)
                .getResultList();
    }

    /** The scheme in force on the date, for the set-based jobs (one small query per step). */
    public static BucketScheme inForce(Connection connection, LocalDate date) throws SQLException {
        try (var query = connection.prepareStatement(IN_FORCE_SQL)) {
            query.setDate(1, Date.valueOf(date));
            query.setMaxRows(1);
            try (var result = query.executeQuery()) {
                if (!result.next()) {
                    return BucketScheme.defaults();
                }
                var first = new int[6];
                for (int i = 0; i < first.length; i++) {
                    first[i] = result.getInt(i + 1);
                }
                return BucketSchemeVersion.scheme(first);
            }
        }
    }
}
