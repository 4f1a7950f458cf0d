package com.acuerdo.quality.entity;

import com.acuerdo.customer.entity.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/** One question of a scorecard version, with its weight and how it is answered. */
@Entity
@Table(name = "scorecard_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_criterion_seq")
    @SequenceGenerator(name = "scorecard_criterion_seq", sequenceName = "scorecard_criterion_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private ScorecardSection section;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "text_es", nullable = false, length = 500)
    private String textEs;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false, length = 20)
    private AnswerType answerType;

    @Column(name = "scale_max")
    private Integer scaleMax;

    @Column(name = "critical", nullable = false)
    private boolean critical;

    @Column(name = "comment_required_on_fail", nullable = false)
    private boolean commentRequiredOnFail;

    @Enumerated(EnumType.STRING)
    @Column(name = "prescore_source", length = 40)
    private PrescoreSource prescoreSource;

    @Version
    private long version;

    protected Criterion() {}

    Criterion(ScorecardSection section, int sortOrder, CriterionDefinition definition) {
        this.section = section;
        this.sortOrder = sortOrder;
        apply(definition);
    }

    /** Changes the criterion while its scorecard is a draft. */
    public void redefine(CriterionDefinition definition) {
        section.scorecard().requireDraft();
        if (!definition.code().equals(code) && section.scorecard().hasCriterion(definition.code())) {
            throw new IllegalArgumentException("criterion code already used: " + definition.code());
        }
        apply(definition);
    }

    private void apply(CriterionDefinition d) {
        this.code = d.code().strip();
        this.textEs = d.textEs().strip();
        this.textEn = d.textEn().strip();
        this.weight = d.weight();
        this.answerType = d.answerType();
        this.scaleMax = d.scaleMax();
        this.critical = d.critical();
        this.commentRequiredOnFail = d.commentRequiredOnFail();
        this.prescoreSource = d.prescoreSource();
    }

    public CriterionDefinition definition() {
        return new CriterionDefinition(
                code, textEs, textEn, weight, answerType, scaleMax, critical, commentRequiredOnFail, prescoreSource);
    }

    public String text(Language language) {
        return language == Language.EN ? textEn : textEs;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String textEs() {
        return textEs;
    }

    public String textEn() {
        return textEn;
    }

    public int weight() {
        return weight;
    }

    public AnswerType answerType() {
        return answerType;
    }

    public Optional<Integer> scaleMax() {
        return Optional.ofNullable(scaleMax);
    }

    public boolean isCritical() {
        return critical;
    }

    public boolean isCommentRequiredOnFail() {
        return commentRequiredOnFail;
    }

    public Optional<PrescoreSource> prescoreSource() {
        return Optional.ofNullable(prescoreSource);
    }

    @Override
    public String toString() {
        return "Criterion[" + code + "]";
    }
}
