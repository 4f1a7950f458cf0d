package com.acuerdo.strategy.entity;

import com.acuerdo.customer.entity.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer an agent may give to an objection, in both languages. */
@Embeddable
public class SuggestedAnswer {

    @Column(name = "text_es", nullable = false, length = 1000)
    private String textEs;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    protected SuggestedAnswer() {}

    public SuggestedAnswer(String textEs, String textEn) {
        this.textEs = Texts.required(textEs, "textEs");
        this.textEn = Texts.required(textEn, "textEn");
    }

    public String text(Language language) {
        return language == Language.EN ? textEn : textEs;
    }

    public String textEs() {
        return textEs;
    }

    public String textEn() {
        return textEn;
    }
}
