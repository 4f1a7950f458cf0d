package com.acuerdo.strategy.entity;

import com.acuerdo.customer.entity.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of the checklist an agent sees for a case's objective. Versioned per (objective, code):
 * a new row with a later effective date replaces the text; a withdrawn row retires the point.
 */
@Entity
@Table(name = "talking_point")
public class TalkingPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "talking_point_seq")
    @SequenceGenerator(name = "talking_point_seq", sequenceName = "talking_point_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective", nullable = false, length = 30)
    private Objective objective;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "text_es", nullable = false, length = 1000)
    private String textEs;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Version
    private long version;

    protected TalkingPoint() {}

    public TalkingPoint(
            Objective objective,
            String code,
            int sortOrder,
            boolean mandatory,
            String textEs,
            String textEn,
            LocalDate effectiveFrom) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.code = Texts.required(code, "code");
        this.sortOrder = sortOrder;
        this.mandatory = mandatory;
        this.textEs = Texts.required(textEs, "textEs");
        this.textEn = Texts.required(textEn, "textEn");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** A row that retires the point with this code from {@code effectiveFrom} on. */
    public static TalkingPoint withdrawal(TalkingPoint point, LocalDate effectiveFrom) {
        var withdrawal = new TalkingPoint(
                point.objective,
                point.code,
                point.sortOrder,
                point.mandatory,
                point.textEs,
                point.textEn,
                effectiveFrom);
        withdrawal.withdrawn = true;
        return withdrawal;
    }

    public String text(Language language) {
        return language == Language.EN ? textEn : textEs;
    }

    public Long id() {
        return id;
    }

    public Objective objective() {
        return objective;
    }

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String textEs() {
        return textEs;
    }

    public String textEn() {
        return textEn;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
