package com.acuerdo.aging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Objects;

/** The buckets' day ranges from a date on (the latest version on or before a date is in force). */
@Entity
@Table(name = "bucket_scheme")
public class BucketSchemeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bucket_scheme_seq")
    @SequenceGenerator(name = "bucket_scheme_seq", sequenceName = "bucket_scheme_seq", allocationSize = 50)
    private Long id;

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "from_dpd_1_29", nullable = false)
    private int fromDpd1To29;

    @Column(name = "from_dpd_30_59", nullable = false)
    private int fromDpd30To59;

    @Column(name = "from_dpd_60_89", nullable = false)
    private int fromDpd60To89;

    @Column(name = "from_dpd_90_119", nullable = false)
    private int fromDpd90To119;

    @Column(name = "from_dpd_120_179", nullable = false)
    private int fromDpd120To179;

    @Column(name = "from_dpd_180_plus", nullable = false)
    private int fromDpd180Plus;

    @Version
    private long version;

    protected BucketSchemeVersion() {}

    public BucketSchemeVersion(BucketScheme scheme, LocalDate effectiveFrom) {
        Objects.requireNonNull(scheme, "scheme");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.fromDpd1To29 = scheme.fromDays(AgingBucket.DPD_1_29);
        this.fromDpd30To59 = scheme.fromDays(AgingBucket.DPD_30_59);
        this.fromDpd60To89 = scheme.fromDays(AgingBucket.DPD_60_89);
        this.fromDpd90To119 = scheme.fromDays(AgingBucket.DPD_90_119);
        this.fromDpd120To179 = scheme.fromDays(AgingBucket.DPD_120_179);
        this.fromDpd180Plus = scheme.fromDays(AgingBucket.DPD_180_PLUS);
    }

    public Long id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BucketScheme scheme() {
        return scheme(fromDpd1To29, fromDpd30To59, fromDpd60To89, fromDpd90To119, fromDpd120To179, fromDpd180Plus);
    }

    /** The scheme of a stored row's first days, in the order of the delinquent buckets. */
    static BucketScheme scheme(int... delinquentFirstDays) {
        var first = new EnumMap<AgingBucket, Integer>(AgingBucket.class);
        first.put(AgingBucket.CURRENT, 0);
        var buckets = AgingBucket.values();
        for (int i = 1; i < buckets.length; i++) {
            first.put(buckets[i], delinquentFirstDays[i - 1]);
        }
        return BucketScheme.ofFirstDays(first);
    }
}
