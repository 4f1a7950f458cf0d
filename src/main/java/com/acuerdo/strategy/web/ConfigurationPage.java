package com.acuerdo.strategy.web;

import com.acuerdo.arrangement.web.ReasonTexts;
import com.acuerdo.platform.rules.Reason;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.strategy.boundary.ConfigurationDates;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every configuration page shares: the effective date of the change (from the next business
 * date on), the supervisor's reason, "admins schedule, supervisors propose", and a refusal shown as
 * its localised reasons. Each page keeps only its kind's fields.
 */
public abstract class ConfigurationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bundle keys of the names that configuration reasons carry as figures (a bucket, a weekday, a tone category). */
    private static final Map<String, String> LABELS =
            Map.of("bucket", "bucket.", "day", "cfg.day.", "category", "tone.category.");

    @Inject
    ConfigurationDates dates;

    @Inject
    CurrentUser user;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    protected LocalDate effectiveFrom;
    protected String reason;

    /** The form's date, the earliest allowed until the user picks one. */
    protected void defaultEffectiveDate() {
        if (effectiveFrom == null) {
            effectiveFrom = dates.earliestEffectiveDate();
        }
    }

    /** Admins schedule the change, supervisors propose it with their reason; then {@code after} refreshes. */
    protected void submit(Runnable schedule, Runnable propose, Runnable after) {
        showingRefusal(() -> {
            if (user.isAdmin()) {
                schedule.run();
                messages.info("cfg.scheduled", effectiveFrom);
            } else {
                propose.run();
                messages.info("cfg.proposed");
            }
            reason = null;
            after.run();
        });
    }

    /** An admin's action (withdraw, retire …) with its message, then {@code after}. */
    protected void act(Runnable action, Runnable after, String messageKey, Object... arguments) {
        showingRefusal(() -> {
            action.run();
            messages.info(messageKey, arguments);
            after.run();
        });
    }

    /** Runs the step; a refusal becomes its reasons on the page. */
    protected void showingRefusal(Runnable step) {
        try {
            step.run();
        } catch (Refusal refused) {
            reasons.addErrors(new Refusal(
                    refused.kind(),
                    refused.reasons().stream().map(this::labelled).toList()));
        }
    }

    /** The reason with its names in the user's language ("DPD_1_29" → "1–29 días"), figures untouched. */
    private Reason labelled(Reason reason) {
        var labels = labels();
        var params = new LinkedHashMap<String, String>();
        reason.params()
                .forEach((name, value) -> params.put(
                        name, labels.containsKey(name) ? messages.textOr(labels.get(name) + value, value) : value));
        return new Reason(reason.code(), params);
    }

    /** Which reason parameters are names, and the bundle prefix of their labels. */
    protected Map<String, String> labels() {
        return LABELS;
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
