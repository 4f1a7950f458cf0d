package com.acuerdo.strategy.control;

import com.acuerdo.contact.entity.WrittenChannelRule;
import com.acuerdo.customer.entity.Jurisdiction;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.stream.Collectors;

/**
 * Proposed configurations as JSON (the payload of a proposal and the before/after of the audit),
 * and back. Absent caps are JSON nulls.
 */
public final class ConfigurationJson {

    private ConfigurationJson() {}

    public static JsonObject of(ContactPolicyDraft draft) {
        var days = Json.createArrayBuilder();
        for (var day : draft.days()) {
            var item = Json.createObjectBuilder().add("day", day.day().name()).add("open", day.open());
            text(item, "start", day.start() == null ? null : day.start().toString());
            text(item, "end", day.end() == null ? null : day.end().toString());
            days.add(item);
        }
        var json = Json.createObjectBuilder()
                .add("jurisdiction", draft.jurisdiction().name())
                .add("days", days)
                .add("closedOnPublicHolidays", draft.closedOnPublicHolidays());
        number(json, "callAttemptsMax", draft.callAttemptsMax());
        number(json, "callAttemptsDays", draft.callAttemptsDays());
        number(json, "contactsPerDayMax", draft.contactsPerDayMax());
        number(json, "contactsPerWeekMax", draft.contactsPerWeekMax());
        number(json, "writtenPerWeekMax", draft.writtenPerWeekMax());
        number(json, "writtenMinDaysApart", draft.writtenMinDaysApart());
        number(json, "quietDaysAfterConversation", draft.quietDaysAfterConversation());
        text(
                json,
                "writtenChannelRule",
                draft.writtenChannelRule() == null
                        ? null
                        : draft.writtenChannelRule().name());
        return json.build();
    }

    public static ContactPolicyDraft contactPolicy(JsonObject json) {
        var days = json.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .map(day -> new ContactPolicyDraft.DayHours(
                        DayOfWeek.valueOf(day.getString("day")),
                        day.getBoolean("open"),
                        time(day, "start"),
                        time(day, "end")))
                .toList();
        return new ContactPolicyDraft(
                Jurisdiction.valueOf(json.getString("jurisdiction")),
                days,
                json.getBoolean("closedOnPublicHolidays"),
                number(json, "callAttemptsMax"),
                number(json, "callAttemptsDays"),
                number(json, "contactsPerDayMax"),
                number(json, "contactsPerWeekMax"),
                number(json, "writtenPerWeekMax"),
                number(json, "writtenMinDaysApart"),
                number(json, "quietDaysAfterConversation"),
                json.isNull("writtenChannelRule")
                        ? null
                        : WrittenChannelRule.valueOf(json.getString("writtenChannelRule")));
    }

    public static JsonObject of(WeightsDraft draft) {
        return Json.createObjectBuilder()
                .add("balanceWeight", draft.balanceWeight())
                .add(
                        "balanceCap",
                        draft.balanceCap() == null ? "0" : draft.balanceCap().toPlainString())
                .add("daysPastDueWeight", draft.daysPastDueWeight())
                .add("daysPastDueCap", draft.daysPastDueCap())
                .add("riskWeight", draft.riskWeight())
                .add("promiseDueTodayWeight", draft.promiseDueTodayWeight())
                .add("brokenPromisesWeight", draft.brokenPromisesWeight())
                .add("brokenPromisesCap", draft.brokenPromisesCap())
                .add("callbackDueWeight", draft.callbackDueWeight())
                .add("sinceContactWeight", draft.sinceContactWeight())
                .add("sinceContactCapDays", draft.sinceContactCapDays())
                .build();
    }

    public static WeightsDraft weights(JsonObject json) {
        return new WeightsDraft(
                json.getInt("balanceWeight"),
                new java.math.BigDecimal(json.getString("balanceCap")),
                json.getInt("daysPastDueWeight"),
                json.getInt("daysPastDueCap"),
                json.getInt("riskWeight"),
                json.getInt("promiseDueTodayWeight"),
                json.getInt("brokenPromisesWeight"),
                json.getInt("brokenPromisesCap"),
                json.getInt("callbackDueWeight"),
                json.getInt("sinceContactWeight"),
                json.getInt("sinceContactCapDays"));
    }

    public static JsonObject of(ArrangementPolicyDraft draft) {
        var json = Json.createObjectBuilder()
                .add("product", draft.product().name())
                .add("currency", draft.currency())
                .add("soft", of(draft.soft()))
                .add("hard", of(draft.hard()))
                .add("graceDays", draft.graceDays())
                .add("reminderDaysBefore", draft.reminderDaysBefore())
                .add("maxPromiseDays", draft.maxPromiseDays());
        text(json, "bucket", draft.bucket() == null ? null : draft.bucket().name());
        return json.build();
    }

    private static JsonObject of(ArrangementPolicyDraft.Limits limits) {
        return Json.createObjectBuilder()
                .add("maxInstalments", limits.maxInstalments())
                .add("minDownPaymentPercent", limits.minDownPaymentPercent().toPlainString())
                .add("minInstalmentAmount", limits.minInstalmentAmount().toPlainString())
                .add("maxDiscountPercent", limits.maxDiscountPercent().toPlainString())
                .add("maxDaysToFirstPayment", limits.maxDaysToFirstPayment())
                .build();
    }

    public static ArrangementPolicyDraft arrangementPolicy(JsonObject json) {
        return new ArrangementPolicyDraft(
                com.acuerdo.account.entity.Product.valueOf(json.getString("product")),
                json.isNull("bucket") ? null : com.acuerdo.aging.entity.AgingBucket.valueOf(json.getString("bucket")),
                json.getString("currency"),
                limits(json.getJsonObject("soft")),
                limits(json.getJsonObject("hard")),
                json.getInt("graceDays"),
                json.getInt("reminderDaysBefore"),
                json.getInt("maxPromiseDays"));
    }

    private static ArrangementPolicyDraft.Limits limits(JsonObject json) {
        return new ArrangementPolicyDraft.Limits(
                json.getInt("maxInstalments"),
                new java.math.BigDecimal(json.getString("minDownPaymentPercent")),
                new java.math.BigDecimal(json.getString("minInstalmentAmount")),
                new java.math.BigDecimal(json.getString("maxDiscountPercent")),
                json.getInt("maxDaysToFirstPayment"));
    }

    /** The figures in one line, for the proposals list. */
    public static String summary(ContactPolicyDraft draft) {
        var hours = draft.days().stream()
                .filter(ContactPolicyDraft.DayHours::open)
                .map(d -> d.day().name().substring(0, 3) + " " + d.start() + "–" + d.end())
                .collect(Collectors.joining(", "));
        return hours + " · calls " + orDash(draft.callAttemptsMax()) + "/" + orDash(draft.callAttemptsDays()) + "d · "
                + orDash(draft.contactsPerDayMax()) + "/day · " + orDash(draft.contactsPerWeekMax()) + "/week";
    }

    private static String orDash(Integer figure) {
        return figure == null ? "—" : figure.toString();
    }

    private static void number(JsonObjectBuilder json, String name, Integer value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else {
            json.add(name, value);
        }
    }

    private static Integer number(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name) ? null : json.getInt(name);
    }

    private static LocalTime time(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name) ? null : LocalTime.parse(json.getString(name));
    }
}
