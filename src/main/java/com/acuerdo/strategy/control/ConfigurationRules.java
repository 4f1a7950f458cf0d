package com.acuerdo.strategy.control;

import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.strategy.entity.Objective;
import java.math.BigDecimal;
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

    /**
     * A contact policy: each open day's hours end after they start, caps are not negative, a rolling
     * call cap has both its count and its days, the weekly cap is not below the daily one, and the
     * policy opens at least one day.
     */
    public static List<Reason> contactPolicy(ContactPolicyDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.jurisdiction() == null) {
            reasons.add(Reason.of("CFG_JURISDICTION_REQUIRED"));
        }
        if (draft.writtenChannelRule() == null) {
            reasons.add(Reason.of("CFG_WRITTEN_RULE_REQUIRED"));
        }
        var openDays = 0;
        for (var day : draft.days()) {
            if (!day.open()) {
                continue;
            }
            openDays++;
            if (day.start() == null || day.end() == null) {
                reasons.add(Reason.of("CFG_HOURS_REQUIRED", "day", day.day()));
            } else if (!day.end().isAfter(day.start())) {
                reasons.add(Reason.of(
                        "CFG_HOURS_END_BEFORE_START", "day", day.day(), "start", day.start(), "end", day.end()));
            }
        }
        if (openDays == 0) {
            reasons.add(Reason.of("CFG_NO_CONTACT_DAY"));
        }
        notNegative(draft.callAttemptsMax(), "callAttemptsMax", reasons);
        notNegative(draft.contactsPerDayMax(), "contactsPerDayMax", reasons);
        notNegative(draft.contactsPerWeekMax(), "contactsPerWeekMax", reasons);
        notNegative(draft.writtenPerWeekMax(), "writtenPerWeekMax", reasons);
        notNegative(draft.writtenMinDaysApart(), "writtenMinDaysApart", reasons);
        notNegative(draft.quietDaysAfterConversation(), "quietDaysAfterConversation", reasons);
        if ((draft.callAttemptsMax() == null) != (draft.callAttemptsDays() == null)) {
            reasons.add(Reason.of("CFG_CALL_CAP_INCOMPLETE"));
        } else if (draft.callAttemptsDays() != null && draft.callAttemptsDays() < 1) {
            reasons.add(Reason.of("CFG_CALL_CAP_DAYS", "days", draft.callAttemptsDays()));
        }
        if (draft.contactsPerDayMax() != null
                && draft.contactsPerWeekMax() != null
                && draft.contactsPerWeekMax() < draft.contactsPerDayMax()) {
            reasons.add(Reason.of(
                    "CFG_WEEKLY_CAP_BELOW_DAILY",
                    "weekly",
                    draft.contactsPerWeekMax(),
                    "daily",
                    draft.contactsPerDayMax()));
        }
        if (draft.writtenMinDaysApart() != null && draft.writtenPerWeekMax() == null) {
            reasons.add(Reason.of("CFG_WRITTEN_GAP_WITHOUT_CAP"));
        }
        return reasons;
    }

    private static void notNegative(Integer figure, String field, List<Reason> reasons) {
        if (figure != null && figure < 0) {
            reasons.add(Reason.of("CFG_CAP_NEGATIVE", "field", field, "value", figure));
        }
    }

    /** Weights are not negative, at least one counts, and every cap is positive. */
    public static List<Reason> weights(WeightsDraft draft) {
        var reasons = new ArrayList<Reason>();
        var weights = draft.weights();
        weights.forEach((factor, weight) -> {
            if (weight < 0) {
                reasons.add(Reason.of("CFG_WEIGHT_NEGATIVE", "factor", factor, "weight", weight));
            }
        });
        if (weights.values().stream().allMatch(weight -> weight <= 0)) {
            reasons.add(Reason.of("CFG_WEIGHTS_ALL_ZERO"));
        }
        if (draft.balanceCap() == null || draft.balanceCap().signum() <= 0) {
            reasons.add(Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "balanceCap"));
        }
        if (draft.daysPastDueCap() < 1) {
            reasons.add(Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "daysPastDueCap"));
        }
        if (draft.brokenPromisesCap() < 1) {
            reasons.add(Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "brokenPromisesCap"));
        }
        if (draft.sinceContactCapDays() < 1) {
            reasons.add(Reason.of("CFG_CAP_NOT_POSITIVE", "cap", "sinceContactCapDays"));
        }
        return reasons;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /**
     * An arrangement policy: figures within their ranges, and the soft limits (what an agent grants)
     * never wider than the hard ones (what a supervisor may approve), each limit named.
     */
    public static List<Reason> arrangementPolicy(ArrangementPolicyDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.product() == null) {
            reasons.add(Reason.of("CFG_PRODUCT_REQUIRED"));
        }
        if (draft.bucket() != null && !draft.bucket().isDelinquent()) {
            reasons.add(Reason.of("CFG_CURRENT_HAS_NO_OBJECTIVE"));
        }
        if (draft.currency() == null || !CURRENCY.matcher(draft.currency()).matches()) {
            reasons.add(Reason.of("CFG_CURRENCY_FORMAT", "currency", draft.currency() == null ? "" : draft.currency()));
        }
        limits(draft.soft(), "soft", reasons);
        limits(draft.hard(), "hard", reasons);
        if (reasons.isEmpty()) {
            var soft = draft.soft();
            var hard = draft.hard();
            if (soft.maxInstalments() > hard.maxInstalments()) {
                reasons.add(wider("MAX_INSTALMENTS", soft.maxInstalments(), hard.maxInstalments()));
            }
            if (soft.minDownPaymentPercent().compareTo(hard.minDownPaymentPercent()) < 0) {
                reasons.add(wider("MIN_DOWN_PAYMENT", soft.minDownPaymentPercent(), hard.minDownPaymentPercent()));
            }
            if (soft.minInstalmentAmount().compareTo(hard.minInstalmentAmount()) < 0) {
                reasons.add(wider("MIN_INSTALMENT", soft.minInstalmentAmount(), hard.minInstalmentAmount()));
            }
            if (soft.maxDiscountPercent().compareTo(hard.maxDiscountPercent()) > 0) {
                reasons.add(wider("MAX_DISCOUNT", soft.maxDiscountPercent(), hard.maxDiscountPercent()));
            }
            if (soft.maxDaysToFirstPayment() > hard.maxDaysToFirstPayment()) {
                reasons.add(
                        wider("MAX_DAYS_TO_FIRST_PAYMENT", soft.maxDaysToFirstPayment(), hard.maxDaysToFirstPayment()));
            }
        }
        if (draft.graceDays() < 0 || draft.reminderDaysBefore() < 0 || draft.maxPromiseDays() < 0) {
            reasons.add(Reason.of("CFG_DAYS_NEGATIVE"));
        }
        return reasons;
    }

    private static Reason wider(String limit, Object soft, Object hard) {
        return Reason.of("CFG_SOFT_WIDER_THAN_HARD", "limit", limit, "soft", soft, "hard", hard);
    }

    private static void limits(ArrangementPolicyDraft.Limits limits, String set, List<Reason> reasons) {
        if (limits == null
                || limits.minDownPaymentPercent() == null
                || limits.minInstalmentAmount() == null
                || limits.maxDiscountPercent() == null) {
            reasons.add(Reason.of("CFG_LIMITS_REQUIRED", "set", set));
            return;
        }
        if (limits.maxInstalments() < 1) {
            reasons.add(Reason.of("CFG_INSTALMENTS_RANGE", "set", set, "value", limits.maxInstalments()));
        }
        if (!isPercent(limits.minDownPaymentPercent()) || !isPercent(limits.maxDiscountPercent())) {
            reasons.add(Reason.of("CFG_PERCENT_RANGE", "set", set));
        }
        if (limits.minInstalmentAmount().signum() < 0 || limits.maxDaysToFirstPayment() < 0) {
            reasons.add(Reason.of("CFG_LIMIT_NEGATIVE", "set", set));
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    /**
     * A tone expression: words (a {@code *} stands for up to two words between them, never at an
     * edge), at most 200 characters, with its language and category.
     */
    public static List<Reason> toneExpression(
            com.acuerdo.customer.entity.Language language,
            String expression,
            com.acuerdo.tone.entity.ToneCategory category) {
        var reasons = new ArrayList<Reason>();
        if (language == null) {
            reasons.add(Reason.of("CFG_LANGUAGE_REQUIRED"));
        }
        if (category == null) {
            reasons.add(Reason.of("CFG_TONE_CATEGORY_REQUIRED"));
        }
        var words = expression == null
                ? List.<String>of()
                : List.of(expression.strip().split("\\s+"));
        if (expression == null
                || expression.isBlank()
                || words.stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter))) {
            reasons.add(Reason.of("CFG_TONE_NO_WORDS"));
        } else if (expression.strip().length() > com.acuerdo.tone.entity.ToneExpression.EXPRESSION_LENGTH) {
            reasons.add(
                    Reason.of("CFG_TONE_TOO_LONG", "max", com.acuerdo.tone.entity.ToneExpression.EXPRESSION_LENGTH));
        } else if (words.get(0).equals("*") || words.get(words.size() - 1).equals("*")) {
            reasons.add(Reason.of("CFG_TONE_GAP_AT_EDGE"));
        }
        return reasons;
    }

    /** The placeholders the message screens fill (Messaging's values); any other would never be filled. */
    public static final java.util.Set<String> TEMPLATE_PLACEHOLDERS = java.util.Set.of(
            "clientName",
            "bankName",
            "today",
            "amount",
            "agentName",
            "promiseAmount",
            "dueDate",
            "arrangementTotal",
            "instalments",
            "firstDueDate");

    /** A template: code, a written channel, a language, a body of 1–4,000 characters, known placeholders only. */
    public static List<Reason> template(TemplateDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            reasons.add(Reason.of("CFG_CODE_FORMAT", "code", draft.code() == null ? "" : draft.code()));
        }
        if (draft.channel() == null
                || draft.channel() == com.acuerdo.contact.entity.Channel.CALL
                || draft.channel() == com.acuerdo.contact.entity.Channel.VISIT) {
            reasons.add(Reason.of("CFG_TEMPLATE_CHANNEL"));
        }
        if (draft.language() == null) {
            reasons.add(Reason.of("CFG_LANGUAGE_REQUIRED"));
        }
        if (draft.body() == null || draft.body().isBlank()) {
            reasons.add(Reason.of("CFG_TEMPLATE_BODY_REQUIRED"));
        } else if (draft.body().length() > com.acuerdo.message.entity.MessageTemplate.BODY_LENGTH) {
            reasons.add(Reason.of(
                    "CFG_TEMPLATE_BODY_TOO_LONG", "max", com.acuerdo.message.entity.MessageTemplate.BODY_LENGTH));
        }
        if (draft.subject() != null
                && draft.subject().length() > com.acuerdo.message.entity.MessageTemplate.SUBJECT_LENGTH) {
            reasons.add(Reason.of(
                    "CFG_TEMPLATE_SUBJECT_TOO_LONG", "max", com.acuerdo.message.entity.MessageTemplate.SUBJECT_LENGTH));
        }
        var used = new java.util.LinkedHashSet<String>();
        used.addAll(com.acuerdo.message.control.TemplateText.placeholders(draft.subject()));
        used.addAll(com.acuerdo.message.control.TemplateText.placeholders(draft.body()));
        used.stream()
                .filter(name -> !TEMPLATE_PLACEHOLDERS.contains(name))
                .forEach(name -> reasons.add(Reason.of("CFG_TEMPLATE_PLACEHOLDER", "name", "{" + name + "}")));
        return reasons;
    }

    /** An objection guide: code, the objection in both languages, at least one answer, each in both languages. */
    public static List<Reason> objectionGuide(ObjectionDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            reasons.add(Reason.of("CFG_CODE_FORMAT", "code", draft.code() == null ? "" : draft.code()));
        }
        objection(draft.objectionEs(), "es", reasons);
        objection(draft.objectionEn(), "en", reasons);
        if (draft.answers().isEmpty()) {
            reasons.add(Reason.of("CFG_ANSWER_REQUIRED"));
        }
        for (int i = 0; i < draft.answers().size(); i++) {
            var answer = draft.answers().get(i);
            if (answer.textEs() == null
                    || answer.textEs().isBlank()
                    || answer.textEn() == null
                    || answer.textEn().isBlank()) {
                reasons.add(Reason.of("CFG_ANSWER_INCOMPLETE", "answer", i + 1));
            } else if (answer.textEs().length() > MAX_TEXT || answer.textEn().length() > MAX_TEXT) {
                reasons.add(Reason.of("CFG_ANSWER_TOO_LONG", "answer", i + 1, "max", MAX_TEXT));
            }
        }
        return reasons;
    }

    private static void objection(String text, String language, List<Reason> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add(Reason.of("CFG_TEXT_REQUIRED", "language", language));
        } else if (text.strip().length() > 500) {
            reasons.add(Reason.of("CFG_TEXT_TOO_LONG", "language", language, "max", 500));
        }
    }

    /** A solution route: code, kind, names and descriptions in both languages, products and delinquent buckets. */
    public static List<Reason> solutionRoute(RouteDraft draft) {
        var reasons = new ArrayList<Reason>();
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            reasons.add(Reason.of("CFG_CODE_FORMAT", "code", draft.code() == null ? "" : draft.code()));
        }
        if (draft.kind() == null) {
            reasons.add(Reason.of("CFG_ROUTE_KIND_REQUIRED"));
        }
        limited(draft.nameEs(), "es", 200, reasons);
        limited(draft.nameEn(), "en", 200, reasons);
        limited(draft.descriptionEs(), "es", MAX_TEXT, reasons);
        limited(draft.descriptionEn(), "en", MAX_TEXT, reasons);
        if (draft.products().isEmpty()) {
            reasons.add(Reason.of("CFG_ROUTE_PRODUCTS_REQUIRED"));
        }
        if (draft.buckets().isEmpty()) {
            reasons.add(Reason.of("CFG_ROUTE_BUCKETS_REQUIRED"));
        } else if (draft.buckets().stream().anyMatch(bucket -> !bucket.isDelinquent())) {
            reasons.add(Reason.of("CFG_CURRENT_HAS_NO_OBJECTIVE"));
        }
        return reasons;
    }

    private static void limited(String text, String language, int max, List<Reason> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add(Reason.of("CFG_TEXT_REQUIRED", "language", language));
        } else if (text.strip().length() > max) {
            reasons.add(Reason.of("CFG_TEXT_TOO_LONG", "language", language, "max", max));
        }
    }
}
