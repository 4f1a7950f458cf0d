package com.acuerdo.strategy.web;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.control.HighlightedText;
import com.acuerdo.strategy.boundary.ToneExpressionVersion;
import com.acuerdo.strategy.boundary.ToneExpressions;
import com.acuerdo.tone.control.ToneHit;
import com.acuerdo.tone.entity.ToneCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The tone-check list per language: expressions joining from a date and leaving from a date, and a
 * box to try a text against the list in force on any date (scheduled changes included).
 */
@Named
@ViewScoped
public class ToneListPage extends ConfigurationPage {

    private static final long serialVersionUID = 1L;

    @Inject
    ToneExpressions toneList;

    private Language language = Language.ES;
    private List<ToneExpressionVersion> expressions = List.of();
    private String expression;
    private ToneCategory category;

    private String sample;
    private LocalDate sampleDate;
    private List<ToneHit> hits = List.of();
    private String highlighted;

    public void load() {
        if (language == null) {
            language = Language.ES;
        }
        defaultEffectiveDate();
        if (sampleDate == null) {
            sampleDate = dates.earliestEffectiveDate();
        }
        expressions = toneList.toneList(language);
    }

    public void save() {
        submit(
                () -> toneList.addToneExpression(language, expression, category, effectiveFrom),
                () -> toneList.proposeToneExpression(language, expression, category, effectiveFrom, reason),
                () -> {
                    expression = null;
                    expressions = toneList.toneList(language);
                });
    }

    public void retire(ToneExpressionVersion version) {
        act(
                () -> toneList.retireToneExpression(version.id(), effectiveFrom),
                () -> expressions = toneList.toneList(language),
                "cfg.tone.retired",
                version.expression(),
                effectiveFrom);
    }

    public void check() {
        hits = toneList.toneCheck(sample, sampleDate == null ? dates.today() : sampleDate);
        highlighted = HighlightedText.html(
                sample,
                hits.stream()
                        .map(hit -> new HighlightedText.Span(hit.start(), hit.end()))
                        .toList());
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
