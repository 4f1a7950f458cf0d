package com.acuerdo.strategy.web;

import com.acuerdo.arrangement.web.ReasonTexts;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.control.HighlightedText;
import com.acuerdo.platform.rules.Refusal;
import com.acuerdo.platform.web.Messages;
import com.acuerdo.security.boundary.CurrentUser;
import com.acuerdo.strategy.boundary.ConfigurationDates;
import com.acuerdo.strategy.boundary.ToneExpressionVersion;
import com.acuerdo.strategy.boundary.ToneExpressions;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.entity.ToneCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The tone-check list per language: expressions joining from a date and leaving from a date, and a
 * box to try a text against the list in force on any date (scheduled changes included).
 */
@Named
@ViewScoped
public class ToneListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ToneExpressions toneList;

    @Inject
    ConfigurationDates dates;

    @Inject
    CurrentUser user;

    @Inject
    ReasonTexts reasons;

    @Inject
    Messages messages;

    private Language language = Language.ES;
    private List<ToneExpressionVersion> expressions = List.of();
    private String expression;
    private ToneCategory category;
    private LocalDate effectiveFrom;
    private String reason;

    private String sample;
    private LocalDate sampleDate;
    private List<ToneHit> hits = List.of();
    private String highlighted;

    public void load() {
        if (language == null) {
            language = Language.ES;
        }
        if (effectiveFrom == null) {
            effectiveFrom = dates.earliestEffectiveDate();
        }
        if (sampleDate == null) {
            sampleDate = dates.earliestEffectiveDate();
        }
        expressions = toneList.toneList(language);
    }

    public void save() {
        try {
            if (user.isAdmin()) {
                toneList.addToneExpression(language, expression, category, effectiveFrom);
                messages.info("cfg.scheduled", effectiveFrom);
            } else {
                toneList.proposeToneExpression(language, expression, category, effectiveFrom, reason);
                messages.info("cfg.proposed");
            }
            expression = null;
            reason = null;
            expressions = toneList.toneList(language);
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
    }

    public void retire(ToneExpressionVersion version) {
        try {
            toneList.retireToneExpression(version.id(), effectiveFrom);
            messages.info("cfg.tone.retired", version.expression(), effectiveFrom);
            expressions = toneList.toneList(language);
        } catch (Refusal refused) {
            reasons.addErrors(refused);
        }
    }

    public void check() {
        hits = toneList.toneCheck(sample, sampleDate == null ? dates.today() : sampleDate);
        highlighted = HighlightedText.html(
                sample,
                hits.stream()
                        .map(hit -> new HighlightedText.Span(hit.start(), hit.end()))
                        .toList());
    }

    public boolean isAdmin() {
        return user.isAdmin();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ToneCategory[] getCategories() {
        return ToneCategory.values();
    }

    public List<ToneExpressionVersion> getExpressions() {
        return expressions;
    }

    public List<ToneHit> getHits() {
        return hits;
    }

    /** The sample as escaped HTML with the hits marked (only {@code <mark>} is markup). */
    public String getHighlighted() {
        return highlighted;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public ToneCategory getCategory() {
        return category;
    }

    public void setCategory(ToneCategory category) {
        this.category = category;
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

    public String getSample() {
        return sample;
    }

    public void setSample(String sample) {
        this.sample = sample;
    }

    public LocalDate getSampleDate() {
        return sampleDate;
    }

    public void setSampleDate(LocalDate sampleDate) {
        this.sampleDate = sampleDate;
    }
}
