package com.acuerdo.strategy.control;

import static com.acuerdo.aging.entity.AgingBucket.DPD_120_179;
import static com.acuerdo.aging.entity.AgingBucket.DPD_180_PLUS;
import static com.acuerdo.aging.entity.AgingBucket.DPD_1_29;
import static com.acuerdo.aging.entity.AgingBucket.DPD_30_59;
import static com.acuerdo.aging.entity.AgingBucket.DPD_60_89;
import static com.acuerdo.aging.entity.AgingBucket.DPD_90_119;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.strategy.entity.BucketObjective;
import com.acuerdo.strategy.entity.ObjectionGuide;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.PriorityWeights;
import com.acuerdo.strategy.entity.SolutionKind;
import com.acuerdo.strategy.entity.SolutionRoute;
import com.acuerdo.strategy.entity.SuggestedAnswer;
import com.acuerdo.strategy.entity.TalkingPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The department's starting strategy in the friendly-collections spirit (DESIGN.md): the objective
 * per bucket for every product, a checklist per objective, answers to common objections, the
 * solution routes and the priority weights. All of it is data admins change later.
 */
public final class DefaultStrategy {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    private static final Set<Product> ALL_PRODUCTS = EnumSet.allOf(Product.class);

    private DefaultStrategy() {}

    /** Every delinquent bucket of every product gets the bucket's default objective. */
    public static List<BucketObjective> bucketObjectives() {
        var rows = new ArrayList<BucketObjective>();
        for (var product : Product.values()) {
            for (var bucket : AgingBucket.values()) {
                bucket.defaultObjective()
                        .ifPresent(
                                objective -> rows.add(new BucketObjective(product, bucket, objective, EFFECTIVE_FROM)));
            }
        }
        return List.copyOf(rows);
    }

    public static List<TalkingPoint> talkingPoints() {
        var points = new ArrayList<TalkingPoint>();
        for (var objective : Objective.values()) {
            points.add(
                    point(
                            objective,
                            "GREET_IDENTIFY",
                            1,
                            true,
                            "Saludar con cortesía, presentarse con nombre y banco, y confirmar que habla con el titular.",
                            "Greet courteously, give your name and the bank's, and confirm you are speaking with the account holder."));
        }
        // REMIND: rule out forgetting, positive tone.
        points.add(point(
                Objective.REMIND,
                "REMIND_AMOUNT_DATE",
                2,
                true,
                "Recordar en tono positivo el monto vencido y la fecha en que venció.",
                "Remind, in a positive tone, the overdue amount and the date it fell due."));
        points.add(point(
                Objective.REMIND,
                "RULE_OUT_FORGETTING",
                3,
                false,
                "Preguntar si se trató de un olvido y ofrecer los medios de pago disponibles.",
                "Ask whether it was an oversight and offer the payment methods available."));
        points.add(point(
                Objective.REMIND,
                "CHECK_SATISFACTION",
                4,
                false,
                "Preguntar si está satisfecho con el producto y si necesita algo del banco.",
                "Ask whether the client is happy with the product and needs anything from the bank."));
        points.add(point(
                Objective.REMIND,
                "CONFIRM_PAYMENT_DATE",
                5,
                true,
                "Acordar la fecha de pago y repetirla al cliente para confirmarla.",
                "Agree the payment date and repeat it to the client to confirm it."));
        // IDENTIFY_BARRIERS: find what stops payment and remove it.
        points.add(point(
                Objective.IDENTIFY_BARRIERS,
                "ASK_REASON",
                2,
                true,
                "Preguntar con empatía el motivo del atraso, escuchar sin interrumpir y registrar el motivo.",
                "Ask with empathy why the payment is late, listen without interrupting and record the reason."));
        points.add(
                point(
                        Objective.IDENTIFY_BARRIERS,
                        "CHECK_STATEMENT",
                        3,
                        false,
                        "Verificar que recibe su estado de cuenta y ofrecer reenviarlo por el canal que prefiera.",
                        "Check that the client receives the statement and offer to resend it through the channel they prefer."));
        points.add(point(
                Objective.IDENTIFY_BARRIERS,
                "REMOVE_BARRIER",
                4,
                false,
                "Proponer cómo quitar la barrera: cambio de fecha de pago, domiciliación o aclaración de cargos.",
                "Propose how to remove the barrier: a due date change, direct debit or clarifying charges."));
        points.add(point(
                Objective.IDENTIFY_BARRIERS,
                "NEXT_STEP",
                5,
                true,
                "Acordar un siguiente paso concreto con fecha.",
                "Agree a concrete next step with a date."));
        // SECURE_COMMITMENT: a promise or an arrangement.
        points.add(point(
                Objective.SECURE_COMMITMENT,
                "REVIEW_SITUATION",
                2,
                true,
                "Revisar juntos el saldo vencido, los días de atraso y la situación actual del cliente.",
                "Go through the overdue balance, the days past due and the client's current situation together."));
        points.add(point(
                Objective.SECURE_COMMITMENT,
                "PRESENT_OPTIONS",
                3,
                true,
                "Explicar todas las opciones de pago que permite la política, con sus montos y fechas.",
                "Explain every payment option the policy allows, with its amounts and dates."));
        points.add(point(
                Objective.SECURE_COMMITMENT,
                "FIT_OPTION",
                4,
                false,
                "Ajustar la opción a la capacidad real de pago del cliente.",
                "Fit the option to what the client can really pay."));
        points.add(point(
                Objective.SECURE_COMMITMENT,
                "CONFIRM_AGREEMENT",
                5,
                true,
                "Confirmar el compromiso: monto, fecha y medio de pago; avisar que recibirá el acuerdo por escrito.",
                "Confirm the commitment: amount, date and payment method; say the agreement will arrive in writing."));
        // PRESSURE: firmer, still respectful; consequences, never threats.
        points.add(
                point(
                        Objective.PRESSURE,
                        "EXPLAIN_CONSEQUENCES",
                        2,
                        true,
                        "Explicar con claridad y respeto las consecuencias de seguir sin pagar (reporte de crédito, cargos), sin amenazas.",
                        "Explain clearly and respectfully the consequences of not paying (credit report, charges), without threats."));
        points.add(point(
                Objective.PRESSURE,
                "SHOW_EMPATHY",
                3,
                false,
                "Reconocer la dificultad del cliente y mostrar disposición a ayudar.",
                "Acknowledge the client's difficulty and show willingness to help."));
        points.add(point(
                Objective.PRESSURE,
                "OFFER_WAY_OUT",
                4,
                true,
                "Ofrecer una salida concreta: convenio, quita dentro de la política o refinanciamiento.",
                "Offer a concrete way out: an arrangement, a discount within policy or refinancing."));
        points.add(point(
                Objective.PRESSURE,
                "SET_DEADLINE",
                5,
                false,
                "Acordar una fecha límite para la decisión.",
                "Agree a deadline for the decision."));
        // CHANGE_CONDITIONS: notify changed conditions, pre-legal.
        points.add(point(
                Objective.CHANGE_CONDITIONS,
                "NOTIFY_CHANGES",
                2,
                true,
                "Informar los cambios de condiciones: límite reducido, nuevos cargos bloqueados, etapa prejurídica.",
                "Notify the changed conditions: reduced credit limit, new charges blocked, pre-legal stage."));
        points.add(point(
                Objective.CHANGE_CONDITIONS,
                "EXPLAIN_RECOVERY",
                3,
                false,
                "Explicar cómo recuperar las condiciones normales y su historial de crédito al ponerse al corriente.",
                "Explain how to get normal conditions and credit history back once up to date."));
        points.add(point(
                Objective.CHANGE_CONDITIONS,
                "OFFER_SETTLEMENT",
                4,
                true,
                "Presentar las opciones de liquidación o convenio disponibles.",
                "Present the settlement or arrangement options available."));
        points.add(point(
                Objective.CHANGE_CONDITIONS,
                "CONFIRM_WRITTEN",
                5,
                false,
                "Confirmar que recibirá la notificación por escrito.",
                "Confirm that the notice will arrive in writing."));
        return List.copyOf(points);
    }

    public static List<ObjectionGuide> objectionGuides() {
        return List.of(
                guide(
                        "NO_MONEY",
                        null,
                        "No tengo dinero.",
                        "I have no money.",
                        answer(
                                "Entiendo su situación. ¿Cuánto podría pagar hoy, aunque sea una parte? Podemos armar un plan a su medida.",
                                "I understand. How much could you pay today, even a part? We can build a plan that fits you."),
                        answer(
                                "Podemos revisar un convenio en cuotas con un pago inicial menor, dentro de la política del banco.",
                                "We can look at an instalment arrangement with a smaller down payment, within the bank's policy.")),
                guide(
                        "NO_STATEMENT",
                        null,
                        "No recibí el estado de cuenta.",
                        "I did not receive the statement.",
                        answer(
                                "Con gusto se lo reenvío ahora por correo o SMS; confirmemos sus datos de contacto.",
                                "I will gladly resend it now by e-mail or SMS; let us confirm your contact details."),
                        answer(
                                "Mientras le llega, le explico el monto y la fecha de pago.",
                                "While it arrives, let me explain the amount and the due date.")),
                guide(
                        "ALREADY_PAID",
                        null,
                        "Ya pagué.",
                        "I already paid.",
                        answer(
                                "Gracias. ¿Me indica la fecha, el monto y el medio de pago para ubicarlo?",
                                "Thank you. Could you tell me the date, amount and payment method so I can find it?"),
                        answer(
                                "Si el pago aún no aparece, registro la aclaración y le confirmo cuando se aplique.",
                                "If the payment does not show yet, I will record it and confirm once it is applied.")),
                guide(
                        "DOES_NOT_RECOGNISE_CHARGE",
                        Objective.IDENTIFY_BARRIERS,
                        "No reconozco el cargo.",
                        "I do not recognise the charge.",
                        answer(
                                "Revisemos juntos el cargo: fecha, comercio y monto.",
                                "Let us review the charge together: date, merchant and amount."),
                        answer(
                                "Si no lo reconoce, abro una aclaración; mientras se resuelve no le contactaremos para cobrar ese monto.",
                                "If you do not recognise it, I will open a dispute; while it is resolved we will not contact you to collect that amount.")),
                guide(
                        "LOST_JOB",
                        null,
                        "Me quedé sin trabajo.",
                        "I lost my job.",
                        answer(
                                "Lamento mucho su situación. Veamos opciones que se ajusten a sus ingresos actuales.",
                                "I am very sorry to hear that. Let us look at options that fit your current income."),
                        answer(
                                "Podemos considerar una pausa por dificultad económica o un convenio con cuotas más pequeñas.",
                                "We can consider a hardship pause or an arrangement with smaller instalments.")),
                guide(
                        "PAY_NEXT_WEEK",
                        Objective.REMIND,
                        "Pago la próxima semana.",
                        "I will pay next week.",
                        answer(
                                "Perfecto, registremos una promesa de pago con la fecha y el monto exactos.",
                                "Great, let us record a promise to pay with the exact date and amount."),
                        answer(
                                "Le enviaremos un recordatorio amable antes de esa fecha.",
                                "We will send you a friendly reminder before that date.")));
    }

    public static List<SolutionRoute> solutionRoutes() {
        return List.of(
                route(
                        "PROMISE_TO_PAY",
                        SolutionKind.PROMISE_TO_PAY,
                        "Promesa de pago",
                        "Promise to pay",
                        "El cliente se compromete a pagar un monto en una fecha cercana.",
                        "The client commits to pay an amount on a near date.",
                        ALL_PRODUCTS,
                        buckets(DPD_1_29, DPD_30_59, DPD_60_89, DPD_90_119, DPD_120_179, DPD_180_PLUS)),
                route(
                        "PAYMENT_ARRANGEMENT",
                        SolutionKind.PAYMENT_ARRANGEMENT,
                        "Convenio de pago",
                        "Payment arrangement",
                        "Pago inicial y cuotas dentro de los límites de la política del producto.",
                        "A down payment and instalments within the product policy's limits.",
                        ALL_PRODUCTS,
                        buckets(DPD_30_59, DPD_60_89, DPD_90_119, DPD_120_179, DPD_180_PLUS)),
                route(
                        "DUE_DATE_CHANGE",
                        SolutionKind.DUE_DATE_CHANGE,
                        "Cambio de fecha de pago",
                        "Due date change",
                        "Mover la fecha de pago a un día que coincida con los ingresos del cliente.",
                        "Move the due date to a day that matches the client's income.",
                        ALL_PRODUCTS,
                        buckets(DPD_1_29, DPD_30_59)),
                route(
                        "HARDSHIP_PAUSE",
                        SolutionKind.HARDSHIP_PAUSE,
                        "Pausa por dificultad",
                        "Hardship pause",
                        "Pausa aprobada por un supervisor ante pérdida de ingresos o enfermedad.",
                        "A pause approved by a supervisor after income loss or illness.",
                        ALL_PRODUCTS,
                        buckets(DPD_30_59, DPD_60_89, DPD_90_119, DPD_120_179)),
                route(
                        "REFINANCE",
                        SolutionKind.REFINANCE,
                        "Refinanciamiento",
                        "Refinancing",
                        "Nuevo plazo y cuota para un crédito a plazos, sujeto a aprobación.",
                        "A new term and instalment for an instalment loan, subject to approval.",
                        EnumSet.of(Product.PERSONAL_LOAN, Product.AUTO_LOAN, Product.MORTGAGE),
                        buckets(DPD_60_89, DPD_90_119, DPD_120_179)),
                route(
                        "DISCOUNT_SETTLEMENT",
                        SolutionKind.DISCOUNT_SETTLEMENT,
                        "Liquidación con quita",
                        "Discounted settlement",
                        "Pago único con un descuento dentro de la política; mayor descuento requiere aprobación.",
                        "A single payment with a discount within policy; a larger discount needs approval.",
                        EnumSet.of(Product.CREDIT_CARD, Product.PERSONAL_LOAN, Product.OVERDRAFT),
                        buckets(DPD_90_119, DPD_120_179, DPD_180_PLUS)));
    }

    /** 100 points in all: money and age first, then what happens today, then silence. */
    public static PriorityWeights priorityWeights() {
        return PriorityWeights.effectiveFrom(EFFECTIVE_FROM)
                .balance(25, new BigDecimal("10000"))
                .daysPastDue(20, 180)
                .risk(15)
                .promiseDueToday(15)
                .brokenPromises(10, 3)
                .callbackDue(10)
                .sinceLastContact(5, 14)
                .build();
    }

    private static TalkingPoint point(
            Objective objective, String code, int order, boolean mandatory, String textEs, String textEn) {
        return new TalkingPoint(objective, code, order, mandatory, textEs, textEn, EFFECTIVE_FROM);
    }

    private static ObjectionGuide guide(
            String code, Objective objective, String objectionEs, String objectionEn, SuggestedAnswer... answers) {
        return new ObjectionGuide(code, objective, objectionEs, objectionEn, Arrays.asList(answers), EFFECTIVE_FROM);
    }

    private static SuggestedAnswer answer(String es, String en) {
        return new SuggestedAnswer(es, en);
    }

    private static SolutionRoute route(
            String code,
            SolutionKind kind,
            String nameEs,
            String nameEn,
            String descriptionEs,
            String descriptionEn,
            Set<Product> products,
            Set<AgingBucket> buckets) {
        return new SolutionRoute(
                code, kind, nameEs, nameEn, descriptionEs, descriptionEn, products, buckets, EFFECTIVE_FROM);
    }

    private static Set<AgingBucket> buckets(AgingBucket first, AgingBucket... rest) {
        return EnumSet.of(first, rest);
    }
}
