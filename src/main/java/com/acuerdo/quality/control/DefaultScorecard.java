package com.acuerdo.quality.control;

import static com.acuerdo.quality.entity.CriterionDefinition.critical;
import static com.acuerdo.quality.entity.CriterionDefinition.scale;
import static com.acuerdo.quality.entity.CriterionDefinition.yesNo;

import com.acuerdo.quality.entity.PrescoreSource;
import com.acuerdo.quality.entity.Scorecard;
import java.time.Instant;

/**
 * The friendly-collections scorecard the department starts with (DESIGN.md, "Coaching reviews").
 * The ten conduct criteria weigh 70 points; the five critical compliance items 30, and failing any
 * of them fails the whole review.
 */
public final class DefaultScorecard {

    public static final String NAME = "Cobranza amigable";

    private DefaultScorecard() {}

    /** Version 1, published at {@code publishedAt}. */
    public static Scorecard published(Instant publishedAt) {
        var card = draft();
        card.publish(publishedAt);
        return card;
    }

    public static Scorecard draft() {
        var card = new Scorecard(NAME, 1);

        var opening = card.addSection("Apertura", "Opening");
        opening.addCriterion(yesNo(
                "GREETING", "Saludó de forma formal y cortés.", "Greeted the client formally and courteously.", 6));
        opening.addCriterion(yesNo(
                "IDENTIFIED_SELF",
                "Se identificó con su nombre y el del banco.",
                "Identified themselves and the bank.",
                6));
        opening.addCriterion(yesNo(
                        "RIGHT_PARTY",
                        "Verificó que hablaba con el titular antes de mencionar la deuda.",
                        "Verified the right party before mentioning the debt.",
                        8)
                .commentOnFail());

        var discovery = card.addSection("Diagnóstico", "Discovery");
        discovery.addCriterion(
                yesNo("OFFERED_HELP", "Ofreció ayuda, sin culpar al cliente.", "Offered help, not blame.", 7));
        discovery.addCriterion(yesNo(
                        "ASKED_REASON",
                        "Preguntó el motivo del atraso y escuchó.",
                        "Asked the reason for the delay and listened.",
                        8)
                .prescoredFrom(PrescoreSource.DELAY_REASON_RECORDED)
                .commentOnFail());

        var negotiation = card.addSection("Negociación", "Negotiation");
        negotiation.addCriterion(yesNo(
                        "INFORMED_OPTIONS",
                        "Informó todas las opciones de pago y fijó fechas.",
                        "Informed every payment option and set dates.",
                        8)
                .prescoredFrom(PrescoreSource.TALKING_POINTS_TICKED));
        negotiation.addCriterion(scale(
                "FITTED_OPTIONS",
                "Propuso opciones ajustadas a la situación del cliente (0 a 4).",
                "Proposed options fitted to the client's situation (0 to 4).",
                8,
                4));
        negotiation.addCriterion(yesNo(
                        "AGREEMENT_OR_NEXT_STEP",
                        "Logró un acuerdo por escrito o un siguiente paso claro.",
                        "Reached a written agreement or a clear next step.",
                        8)
                .prescoredFrom(PrescoreSource.PROMISE_RECORDED));

        var closing = card.addSection("Cierre", "Closing");
        closing.addCriterion(yesNo(
                "CONFIRMED_AGREEMENT",
                "Confirmó el acuerdo repitiéndolo al cliente.",
                "Confirmed the agreement back to the client.",
                6));
        closing.addCriterion(
                yesNo("CLOSED_COURTEOUSLY", "Cerró la llamada con cortesía.", "Closed the call courteously.", 5));

        var compliance = card.addSection("Cumplimiento (crítico)", "Compliance (critical)");
        compliance.addCriterion(critical("NO_THREAT", "No amenazó al cliente.", "Made no threat.", 6));
        compliance.addCriterion(critical(
                "NO_HUMILIATION", "No humilló ni insultó al cliente.", "Did not humiliate or insult the client.", 6));
        compliance.addCriterion(critical(
                "NO_FALSE_CLAIM", "No hizo afirmaciones falsas o engañosas.", "Made no false or misleading claim.", 6));
        compliance.addCriterion(critical(
                        "WITHIN_PERMITTED_HOURS",
                        "No contactó fuera del horario permitido.",
                        "Did not contact outside the permitted hours.",
                        6)
                .prescoredFrom(PrescoreSource.CONTACT_WITHIN_HOURS));
        compliance.addCriterion(critical(
                "NO_THIRD_PARTY_DISCLOSURE",
                "No reveló la deuda a terceros.",
                "Disclosed nothing about the debt to third parties.",
                6));
        return card;
    }
}
