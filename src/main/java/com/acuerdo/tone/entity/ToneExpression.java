package com.acuerdo.tone.entity;

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
 * One entry of the maintained list of expressions no outbound text may contain. The list is data:
 * compliance adds, retires ({@link #retire()}) and dates entries without a release. An expression
 * is words separated by spaces; {@code *} stands for up to two words of any kind
 * ("publicar * deuda" matches "publicar su deuda" and "publicar toda la deuda").
 */
@Entity
@Table(name = "tone_expression")
public class ToneExpression {

    public static final int EXPRESSION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tone_expression_seq")
    @SequenceGenerator(name = "tone_expression_seq", sequenceName = "tone_expression_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Language language;

    @Column(name = "expression", nullable = false, length = EXPRESSION_LENGTH)
    private String expression;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30)
    private ToneCategory category;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The first date the expression is off the list; null while it stays on. */
    @Column(name = "retired_from")
    private LocalDate retiredFrom;

    @Version
    private long version;

    protected ToneExpression() {}

    public ToneExpression(Language language, String expression, ToneCategory category, LocalDate effectiveFrom) {
        this.language = Objects.requireNonNull(language, "language");
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("an expression needs words");
        }
        if (expression.strip().length() > EXPRESSION_LENGTH) {
            throw new IllegalArgumentException("an expression is at most " + EXPRESSION_LENGTH + " characters");
        }
        this.expression = expression.strip();
        this.category = Objects.requireNonNull(category, "category");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.active = true;
    }

    /** Taken off the list; kept so that past refusals stay explainable. */
    public void retire() {
        this.active = false;
    }

    /** Off the list from the date on (a scheduled retirement; earlier dates keep it). */
    public void retireFrom(LocalDate date) {
        var from = Objects.requireNonNull(date, "date");
        if (from.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("an expression cannot leave the list before it joins it");
        }
        this.retiredFrom = from;
    }

    public boolean isInForceOn(LocalDate date) {
        return active && !effectiveFrom.isAfter(date) && (retiredFrom == null || retiredFrom.isAfter(date));
    }

    public java.util.Optional<LocalDate> retiredFrom() {
        return java.util.Optional.ofNullable(retiredFrom);
    }

    public Long id() {
        return id;
    }

    public Language language() {
        return language;
    }

    public String expression() {
        return expression;
    }

    public ToneCategory category() {
        return category;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
