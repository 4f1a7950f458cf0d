package com.acuerdo.quality.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.quality.control.ScoreCalculator;
import com.acuerdo.quality.entity.AnswerType;
import com.acuerdo.quality.entity.PrescoreSource;
import com.acuerdo.quality.entity.ReviewStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One review as its screens show it: the contact, the scorecard version's criteria and the answers. */
public record ReviewView(
        long reviewId,
        long version,
        ReviewStatus status,
        long contactId,
        Instant contactAt,
        Channel channel,
        ContactOutcome outcome,
        String contactNotes,
        String recordingUrl,
        String customerName,
        long agentId,
        String agentName,
        String reviewerName,
        String scorecardName,
        int scorecardVersion,
        BigDecimal score,
        boolean criticalFailed,
        Instant submittedAt,
        String disputeReason,
        String resolutionReason,
        String resolvedByName,
        Long revisesReviewId,
        Long calibrationSessionId,
        List<Section> sections)
        implements Serializable {

    /** The value of an answer that is "not applicable". */
    public static final String NOT_APPLICABLE = "NA";

    public record Section(String titleEs, String titleEn, List<Item> items) implements Serializable {}

    /** A criterion with its answer: YES, NO, NA, a number on a scale, or null while unanswered. */
    public record Item(
            String code,
            String textEs,
            String textEn,
            int weight,
            AnswerType type,
            Integer scaleMax,
            boolean critical,
            boolean commentRequiredOnFail,
            PrescoreSource prescoreSource,
            String answer,
            String comment,
            boolean prescored,
            boolean overridden)
            implements Serializable {

        public boolean isFail(String value) {
            if (value == null || value.equals(NOT_APPLICABLE)) {
                return false;
            }
            if (type == AnswerType.SCALE) {
                return Integer.parseInt(value) * 2 < scaleMax;
            }
            return value.equals("NO");
        }

        ScoreCalculator.Item scored(String value) {
            if (value.equals(NOT_APPLICABLE)) {
                return ScoreCalculator.Item.notApplicable(weight, critical);
            }
            if (type == AnswerType.SCALE) {
                return ScoreCalculator.Item.scale(weight, Integer.parseInt(value), scaleMax);
            }
            return value.equals("YES")
                    ? ScoreCalculator.Item.yes(weight, critical)
                    : ScoreCalculator.Item.no(weight, critical);
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
    }

    /** The codes of the criteria still without an answer among {@code answers} (code → value). */
    public List<Item> unanswered(Map<String, String> answers) {
        return items().stream().filter(item -> answers.get(item.code()) == null).toList();
    }

    /** The total the answers give so far (the live total of the review form); unanswered ones left out. */
    public ScoreCalculator.Result totalWith(Map<String, String> answers) {
        return ScoreCalculator.score(items().stream()
                .filter(item -> answers.get(item.code()) != null)
                .map(item -> item.scored(answers.get(item.code())))
                .toList());
    }

    public boolean isDraft() {
        return status == ReviewStatus.DRAFT;
    }
}
