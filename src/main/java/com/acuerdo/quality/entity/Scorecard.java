package com.acuerdo.quality.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a scorecard. A draft is edited; publishing freezes it for good (reviews point at
 * the exact version they were scored on); a change means a new draft version.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_seq")
    @SequenceGenerator(name = "scorecard_seq", sequenceName = "scorecard_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ScorecardStatus status = ScorecardStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ScorecardSection> sections = new ArrayList<>();

    @Version
    private long version;

    protected Scorecard() {}

    public Scorecard(String name, int versionNumber) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scorecard needs a name");
        }
        if (versionNumber < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
        this.name = name.strip();
        this.versionNumber = versionNumber;
    }

    public ScorecardSection addSection(String titleEs, String titleEn) {
        requireDraft();
        var section = new ScorecardSection(this, sections.size() + 1, titleEs, titleEn);
        sections.add(section);
        return section;
    }

    public void removeSection(ScorecardSection section) {
        requireDraft();
        sections.remove(section);
    }

    public void publish(Instant at) {
        requireDraft();
        if (criteria().isEmpty()) {
            throw new QualityRuleException("quality.scorecard.empty", name);
        }
        this.status = ScorecardStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at);
    }

    /** Taken out of use for new reviews; existing reviews keep pointing at it. */
    public void retire(Instant at) {
        if (status != ScorecardStatus.PUBLISHED) {
            throw new QualityRuleException("quality.scorecard.notPublished", name + " v" + versionNumber);
        }
        this.status = ScorecardStatus.RETIRED;
        this.retiredAt = Objects.requireNonNull(at);
    }

    /** A new draft with the same content and the next version number, to be edited and published. */
    public Scorecard nextDraft() {
        var draft = new Scorecard(name, versionNumber + 1);
        for (var section : sections) {
            var copy = draft.addSection(section.titleEs(), section.titleEn());
            for (var criterion : section.criteria()) {
                copy.addCriterion(criterion.definition());
            }
        }
        return draft;
    }

    /** Edits are refused once published: a review must always be readable against what was scored. */
    void requireDraft() {
        if (status != ScorecardStatus.DRAFT) {
            throw new QualityRuleException("quality.scorecard.frozen", name + " v" + versionNumber + " is " + status);
        }
    }

    boolean hasCriterion(String code) {
        return criterion(code).isPresent();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Criterion> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public List<Criterion> criticalCriteria() {
        return criteria().stream().filter(Criterion::isCritical).toList();
    }

    public boolean isPublished() {
        return status == ScorecardStatus.PUBLISHED;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public ScorecardStatus status() {
        return status;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<ScorecardSection> sections() {
        return List.copyOf(sections);
    }

    @Override
    public String toString() {
        return "Scorecard[" + name + " v" + versionNumber + " " + status + "]";
    }
}
