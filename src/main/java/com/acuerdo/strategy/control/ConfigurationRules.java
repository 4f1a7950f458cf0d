package com.acuerdo.strategy.control;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.strategy.entity.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks every configuration change passes before it is stored or proposed. Each answers every
 * reason at once (a screen shows them all), empty when the change is acceptable.
 */
public final class ConfigurationRules {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_ORDER = 999;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private ConfigurationRules() {}

    /**
     * A change never rewrites a day already worked: it applies from the next business date on (or a
     * later date chosen).
     */
    public static List<Reason> effectiveDate(LocalDate chosen, LocalDate today) {
        if (chosen == null) {
            return List.of(Reason.of("CFG_EFFECTIVE_REQUIRED"));
        }
        var earliest = earliest(today);
        if (chosen.isBefore(earliest)) {
            return List.of(Reason.of("CFG_EFFECTIVE_TOO_EARLY", "date", chosen, "earliest", earliest));
        }
        return List.of();
    }

    /** The first date a change made today can take effect: the next business date. */
    public static LocalDate earliest(LocalDate today) {
        return today.plusDays(1);
    }

    public static List<Reason> talkingPoint(TalkingPointDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.objective() == null) {
            reasons.add(Reason.of("CFG_OBJECTIVE_REQUIRED"));
        }
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            reasons.add(Reason.of("CFG_CODE_FORMAT", "code", draft.code() == null ? "" : draft.code()));
        }
        if (draft.sortOrder() < 1 || draft.sortOrder() > MAX_ORDER) {
            reasons.add(Reason.of("CFG_ORDER_RANGE", "order", draft.sortOrder(), "max", MAX_ORDER));
        }
        text(draft.textEs(), "es", reasons);
        text(draft.textEn(), "en", reasons);
        return reasons;
    }

    private static void text(String text, String language, List<Reason> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add(Reason.of("CFG_TEXT_REQUIRED", "language", language));
        } else if (text.strip().length() > MAX_TEXT) {
            reasons.add(Reason.of("CFG_TEXT_TOO_LONG", "language", language, "max", MAX_TEXT));
        }
    }

    /**
     * A product's plan must give every delinquent bucket an objective (a case in a bucket without one
     * would have no checklist); a current account has none.
     */
    public static List<Reason> bucketObjectives(Map<AgingBucket, Objective> plan) {
        var reasons = new ArrayList<Reason>();
        for (var bucket : AgingBucket.values()) {
            var objective = plan.get(bucket);
            if (bucket.isDelinquent() && objective == null) {
                reasons.add(Reason.of("CFG_BUCKET_WITHOUT_OBJECTIVE", "bucket", bucket));
            } else if (!bucket.isDelinquent() && objective != null) {
                reasons.add(Reason.of("CFG_CURRENT_HAS_NO_OBJECTIVE"));
            }
        }
        return reasons;
    }
}
