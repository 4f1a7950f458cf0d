package com.acuerdo.quality.entity;

import java.time.Instant;

/** Small scorecards for tests. */
final class Scorecards {

    static final Instant T0 = Instant.parse("2026-03-10T14:00:00Z");

    private Scorecards() {}

    /** GREETING (yes/no, 40), FIT (scale 0–4, 40), ASKED_REASON (comment on fail, prescored, 20), NO_THREAT (critical, 0). */
    static Scorecard draft() {
        var card = new Scorecard("Test", 1);
        var conduct = card.addSection("Conducta", "Conduct");
        conduct.addCriterion(CriterionDefinition.yesNo("GREETING", "Saludó", "Greeted", 40));
        conduct.addCriterion(CriterionDefinition.scale("FIT", "Ajustó", "Fitted", 40, 4));
        conduct.addCriterion(CriterionDefinition.yesNo("ASKED_REASON", "Preguntó", "Asked", 20)
                .prescoredFrom(PrescoreSource.DELAY_REASON_RECORDED)
                .commentOnFail());
        var compliance = card.addSection("Cumplimiento", "Compliance");
        compliance.addCriterion(CriterionDefinition.critical("NO_THREAT", "Sin amenazas", "No threat", 0));
        return card;
    }

    static Scorecard published() {
        var card = draft();
        card.publish(T0);
        return card;
    }
}
