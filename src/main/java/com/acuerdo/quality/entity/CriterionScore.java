package com.acuerdo.quality.entity;

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
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The answer to one criterion in a review. Pre-scored answers come from the contact log; a reviewer
 * who answers differently overrides them, and that stays visible.
 */
@Entity
@Table(name = "criterion_score")
public class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "criterion_score_seq")
    @SequenceGenerator(name = "criterion_score_seq", sequenceName = "criterion_score_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private QualityReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 3)
    private YesNo answer;

    @Column(name = "scale_value")
    private Integer scaleValue;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(name = "prescored", nullable = false)
    private boolean prescored;

    @Column(name = "overridden", nullable = false)
    private boolean overridden;

    @Version
    private long version;

    protected CriterionScore() {}

    CriterionScore(QualityReview review, Criterion criterion) {
        this.review = review;
        this.criterion = criterion;
    }

    void answer(YesNo yesNo, String comment) {
        if (criterion.answerType() != AnswerType.YES_NO_NA) {
            throw new IllegalArgumentException(criterion.code() + " is answered on a scale");
        }
        noteOverride(yesNo != answer || notApplicable);
        this.answer = yesNo;
        this.scaleValue = null;
        this.notApplicable = false;
        this.comment = blankToNull(comment);
    }

    void answerScale(int value, String comment) {
        int max = criterion.scaleMax().orElseThrow(() -> new IllegalArgumentException(criterion.code() + " is yes/no"));
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(criterion.code() + ": " + value + " outside 0.." + max);
        }
        this.answer = null;
        this.scaleValue = value;
        this.notApplicable = false;
        this.comment = blankToNull(comment);
    }

    void markNotApplicable(String comment) {
        if (criterion.answerType() != AnswerType.YES_NO_NA) {
            throw new IllegalArgumentException(criterion.code() + " cannot be N/A");
        }
        noteOverride(!notApplicable);
        this.answer = null;
        this.scaleValue = null;
        this.notApplicable = true;
        this.comment = blankToNull(comment);
    }

    void prescore(YesNo yesNo) {
        answer(yesNo, null);
        this.prescored = true;
        this.overridden = false;
    }

    /** The same answer as another review's, with its pre-score marks (a revision starts from it). */
    void copy(CriterionScore other) {
        this.answer = other.answer;
        this.scaleValue = other.scaleValue;
        this.notApplicable = other.notApplicable;
        this.comment = other.comment;
        this.prescored = other.prescored;
        this.overridden = other.overridden;
    }

    private void noteOverride(boolean changes) {
        if (prescored && changes) {
            overridden = true;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isAnswered() {
        return notApplicable || answer != null || scaleValue != null;
    }

    /** A "no", or a scale answer under half of its maximum. */
    public boolean isFail() {
        if (answer != null) {
            return answer == YesNo.NO;
        }
        return scaleValue != null && scaleValue * 2 < criterion.scaleMax().orElseThrow();
    }

    public boolean lacksRequiredComment() {
        return isFail() && criterion.isCommentRequiredOnFail() && comment == null;
    }

    /** 0..1 of the weight earned; empty when N/A. */
    Optional<BigDecimal> earned() {
        if (notApplicable) {
            return Optional.empty();
        }
        if (answer != null) {
            return Optional.of(answer == YesNo.YES ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return Optional.of(BigDecimal.valueOf(scaleValue)
                .divide(BigDecimal.valueOf(criterion.scaleMax().orElseThrow()), MathContext.DECIMAL128));
    }

    public Long id() {
        return id;
    }

    public Criterion criterion() {
        return criterion;
    }

    public Optional<YesNo> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Integer> scaleValue() {
        return Optional.ofNullable(scaleValue);
    }

    public boolean isNotApplicable() {
        return notApplicable;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public boolean isPrescored() {
        return prescored;
    }

    public boolean isOverridden() {
        return overridden;
    }
}
