package com.acuerdo.quality.boundary;

import com.acuerdo.quality.entity.CriterionDefinition;
import com.acuerdo.quality.entity.ScorecardStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One scorecard version for the designer: its sections and criteria, editable only as a draft. */
public record ScorecardView(
        long scorecardId, String name, int version, ScorecardStatus status, Instant publishedAt, List<Section> sections)
        implements Serializable {

    public record Section(long sectionId, String titleEs, String titleEn, List<Criterion> criteria)
            implements Serializable {}

    public record Criterion(long criterionId, CriterionDefinition definition) implements Serializable {}

    public boolean isDraft() {
        return status == ScorecardStatus.DRAFT;
    }

    /** Weights of the criteria that count when every one applies (critical ones included). */
    public int getTotalWeight() {
        return sections.stream()
                .flatMap(section -> section.criteria().stream())
                .mapToInt(criterion -> criterion.definition().weight())
                .sum();
    }
}
