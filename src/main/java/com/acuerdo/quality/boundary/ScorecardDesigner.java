package com.acuerdo.quality.boundary;

import com.acuerdo.platform.audit.Audit;
import com.acuerdo.quality.entity.Criterion;
import com.acuerdo.quality.entity.CriterionDefinition;
import com.acuerdo.quality.entity.QualityRuleException;
import com.acuerdo.quality.entity.Scorecard;
import com.acuerdo.quality.entity.ScorecardSection;
import com.acuerdo.quality.entity.ScorecardStatus;
import com.acuerdo.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The scorecard designer: a draft version is edited (sections; criteria with weight, answer type,
 * critical flag, comment on fail, pre-score source) and published; publishing retires the version in
 * use. A published version never changes, and reviews keep the version they were scored on.
 */
@Stateless
@RolesAllowed({Role.Names.QA, Role.Names.ADMIN})
public class ScorecardDesigner {

    static final String SCORECARD = "SCORECARD";

    /** A version in the list. */
    public record Version(
            long scorecardId, String name, int version, ScorecardStatus status, Instant publishedAt, int criteria)
            implements java.io.Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    public List<Version> versions() {
        return em
                .createQuery("select s from Scorecard s order by s.name, s.versionNumber desc", Scorecard.class)
                .getResultList()
                .stream()
                .map(card -> new Version(
                        card.id(),
                        card.name(),
                        card.versionNumber(),
                        card.status(),
                        card.publishedAt().orElse(null),
                        card.criteria().size()))
                .toList();
    }

    public ScorecardView view(long scorecardId) {
        return viewOf(find(scorecardId));
    }

    /** A new, empty scorecard (version 1, a draft). */
    public ScorecardView create(String name) {
        if (name == null || name.isBlank()) {
            throw new QualityRuleException("quality.scorecard.nameRequired", "name");
        }
        long taken = em.createQuery("select count(s) from Scorecard s where s.name = :name", Long.class)
                .setParameter("name", name.strip())
                .getSingleResult();
        if (taken > 0) {
            throw new QualityRuleException("quality.scorecard.nameTaken", name);
        }
        var card = new Scorecard(name, 1);
        em.persist(card);
        em.flush();
        audit.record(QualityEvent.SCORECARD_DRAFTED, SCORECARD, card.id(), card.toString());
        return viewOf(card);
    }

    /** The open draft of that scorecard, or a new one copied from its newest version. */
    public ScorecardView draftOf(String name) {
        var versions = em.createQuery(
                        "select s from Scorecard s where s.name = :name order by s.versionNumber desc", Scorecard.class)
                .setParameter("name", name)
                .getResultList();
        if (versions.isEmpty()) {
            throw new QualityRuleException("quality.scorecard.unknown", name);
        }
        var newest = versions.get(0);
        if (newest.status() == ScorecardStatus.DRAFT) {
            return viewOf(newest);
        }
        var draft = newest.nextDraft();
        em.persist(draft);
        em.flush();
        audit.record(QualityEvent.SCORECARD_DRAFTED, SCORECARD, draft.id(), "from " + newest);
        return viewOf(draft);
    }

    public ScorecardView addSection(long draftId, String titleEs, String titleEn) {
        var draft = find(draftId);
        valid(() -> draft.addSection(titleEs, titleEn));
        em.flush();
        return viewOf(draft);
    }

    public ScorecardView removeSection(long draftId, long sectionId) {
        var draft = find(draftId);
        draft.removeSection(section(draft, sectionId));
        em.flush();
        return viewOf(draft);
    }

    /** Adds a criterion to a section, or redefines one ({@code criterionId} given). */
    public ScorecardView saveCriterion(long draftId, long sectionId, Long criterionId, CriterionDefinition definition) {
        var draft = find(draftId);
        if (criterionId == null) {
            var section = section(draft, sectionId);
            valid(() -> section.addCriterion(definition));
        } else {
            var criterion = criterion(draft, criterionId);
            valid(() -> criterion.redefine(definition));
        }
        em.flush();
        audit.record(QualityEvent.SCORECARD_EDITED, SCORECARD, draftId, definition.toString());
        return viewOf(draft);
    }

    public ScorecardView removeCriterion(long draftId, long criterionId) {
        var draft = find(draftId);
        var criterion = criterion(draft, criterionId);
        draft.sections().stream()
                .filter(section -> section.criteria().contains(criterion))
                .findFirst()
                .ifPresent(section -> section.removeCriterion(criterion));
        em.flush();
        return viewOf(draft);
    }

    /** Publishes the draft; the version in use until now is retired (its reviews keep it). */
    public ScorecardView publish(long draftId) {
        var draft = find(draftId);
        if (draft.criteria().stream().mapToInt(Criterion::weight).sum() == 0) {
            throw new QualityRuleException("quality.scorecard.noWeight", draft.toString());
        }
        var now = Instant.now(clock);
        em.createQuery("select s from Scorecard s where s.name = :name and s.status = :published", Scorecard.class)
                .setParameter("name", draft.name())
                .setParameter("published", ScorecardStatus.PUBLISHED)
                .getResultList()
                .forEach(old -> old.retire(now));
        draft.publish(now);
        em.flush();
        audit.record(QualityEvent.SCORECARD_PUBLISHED, SCORECARD, draftId, draft.toString());
        return viewOf(draft);
    }

    private static void valid(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException invalid) {
            throw new QualityRuleException("quality.scorecard.invalid", invalid.getMessage());
        }
    }

    private Scorecard find(long id) {
        var card = em.find(Scorecard.class, id);
        if (card == null) {
            throw new QualityRuleException("quality.scorecard.unknown", "scorecard " + id);
        }
        return card;
    }

    private static ScorecardSection section(Scorecard card, long sectionId) {
        return card.sections().stream()
                .filter(section -> section.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> new QualityRuleException("quality.scorecard.unknown", "section " + sectionId));
    }

    private static Criterion criterion(Scorecard card, long criterionId) {
        return card.criteria().stream()
                .filter(criterion -> criterion.id() == criterionId)
                .findFirst()
                .orElseThrow(() -> new QualityRuleException("quality.scorecard.unknown", "criterion " + criterionId));
    }

    private static ScorecardView viewOf(Scorecard card) {
        return new ScorecardView(
                card.id(),
                card.name(),
                card.versionNumber(),
                card.status(),
                card.publishedAt().orElse(null),
                card.sections().stream()
                        .map(section -> new ScorecardView.Section(
                                section.id(),
                                section.titleEs(),
                                section.titleEn(),
                                section.criteria().stream()
                                        .map(c -> new ScorecardView.Criterion(c.id(), c.definition()))
                                        .toList()))
                        .toList());
    }
}
