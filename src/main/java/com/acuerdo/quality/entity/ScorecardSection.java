package com.acuerdo.quality.entity;

import com.acuerdo.customer.entity.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "scorecard_section")
public class ScorecardSection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_section_seq")
    @SequenceGenerator(name = "scorecard_section_seq", sequenceName = "scorecard_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "title_es", nullable = false, length = 200)
    private String titleEs;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    @Version
    private long version;

    protected ScorecardSection() {}

    ScorecardSection(Scorecard scorecard, int sortOrder, String titleEs, String titleEn) {
        this.scorecard = scorecard;
        this.sortOrder = sortOrder;
        setTitles(titleEs, titleEn);
    }

    public Criterion addCriterion(CriterionDefinition definition) {
        scorecard.requireDraft();
        if (scorecard.hasCriterion(definition.code())) {
            throw new IllegalArgumentException("criterion code already used on this scorecard: " + definition.code());
        }
        var criterion = new Criterion(this, criteria.size() + 1, definition);
        criteria.add(criterion);
        return criterion;
    }

    public void removeCriterion(Criterion criterion) {
        scorecard.requireDraft();
        criteria.remove(criterion);
    }

    public void retitle(String titleEs, String titleEn) {
        scorecard.requireDraft();
        setTitles(titleEs, titleEn);
    }

    private void setTitles(String titleEs, String titleEn) {
        if (titleEs == null || titleEs.isBlank() || titleEn == null || titleEn.isBlank()) {
            throw new IllegalArgumentException("a section needs a title in both languages");
        }
        this.titleEs = titleEs.strip();
        this.titleEn = titleEn.strip();
    }

    Scorecard scorecard() {
        return scorecard;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleEs;
    }

    public Long id() {
        return id;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String titleEs() {
        return titleEs;
    }

    public String titleEn() {
        return titleEn;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }
}
