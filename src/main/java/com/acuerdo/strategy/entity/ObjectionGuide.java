package com.acuerdo.strategy.entity;

import com.acuerdo.customer.entity.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A likely objection with the answers an agent may give. {@code objective} empty = useful for every
 * objective. Versioned per code like {@link TalkingPoint}.
 */
@Entity
@Table(name = "objection_guide")
public class ObjectionGuide {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_guide_seq")
    @SequenceGenerator(name = "objection_guide_seq", sequenceName = "objection_guide_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective", length = 30)
    private Objective objective;

    @Column(name = "objection_es", nullable = false, length = 500)
    private String objectionEs;

    @Column(name = "objection_en", nullable = false, length = 500)
    private String objectionEn;

    @ElementCollection
    @CollectionTable(name = "objection_answer", joinColumns = @JoinColumn(name = "objection_guide_id"))
    @OrderColumn(name = "sort_order")
    private List<SuggestedAnswer> answers = new ArrayList<>();

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Version
    private long version;

    protected ObjectionGuide() {}

    public ObjectionGuide(
            String code,
            Objective objective,
            String objectionEs,
            String objectionEn,
            List<SuggestedAnswer> answers,
            LocalDate effectiveFrom) {
        this.code = Texts.required(code, "code");
        this.objective = objective;
        this.objectionEs = Texts.required(objectionEs, "objectionEs");
        this.objectionEn = Texts.required(objectionEn, "objectionEn");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an objection guide suggests at least one answer");
        }
        this.answers.addAll(answers);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** Whether the guide belongs on the planning screen of a case with this objective. */
    public boolean appliesTo(Objective caseObjective) {
        return objective == null || objective == caseObjective;
    }

    public String objection(Language language) {
        return language == Language.EN ? objectionEn : objectionEs;
    }

    public List<String> suggestedAnswers(Language language) {
        return answers.stream().map(answer -> answer.text(language)).toList();
    }

    /** A row that retires the guide with this code from {@code effectiveFrom} on (history kept). */
    public static ObjectionGuide withdrawal(ObjectionGuide guide, LocalDate effectiveFrom) {
        var withdrawal = new ObjectionGuide(
                guide.code, guide.objective, guide.objectionEs, guide.objectionEn, guide.answers, effectiveFrom);
        withdrawal.withdrawn = true;
        return withdrawal;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Optional<Objective> objective() {
        return Optional.ofNullable(objective);
    }

    public List<SuggestedAnswer> answers() {
        return List.copyOf(answers);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
