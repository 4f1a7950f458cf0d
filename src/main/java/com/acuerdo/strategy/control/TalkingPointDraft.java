package com.acuerdo.strategy.control;

import com.acuerdo.strategy.entity.Objective;

/** A talking point as an admin or supervisor typed it, before it is checked. */
public record TalkingPointDraft(
        Objective objective, String code, int sortOrder, boolean mandatory, String textEs, String textEn) {

    /** Trimmed texts and an upper-case code, as stored. */
    public TalkingPointDraft normalised() {
        return new TalkingPointDraft(
                objective,
                code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT),
                sortOrder,
                mandatory,
                textEs == null ? null : textEs.strip(),
                textEn == null ? null : textEn.strip());
    }
}
