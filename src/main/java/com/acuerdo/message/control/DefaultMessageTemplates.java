package com.acuerdo.message.control;

import static com.acuerdo.contact.entity.Channel.EMAIL;
import static com.acuerdo.contact.entity.Channel.LETTER;
import static com.acuerdo.contact.entity.Channel.SMS;
import static com.acuerdo.customer.entity.Language.EN;
import static com.acuerdo.customer.entity.Language.ES;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.message.entity.MessageTemplate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The department's first message templates, written into an empty table at start-up: courteous,
 * formal, options before consequences (cobranza amigable). Compliance edits them as data later.
 */
public final class DefaultMessageTemplates {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    public static final String PAYMENT_REMINDER = "PAYMENT_REMINDER";
    public static final String STATEMENT_COPY = "STATEMENT_COPY";
    public static final String PROMISE_CONFIRMATION = "PROMISE_CONFIRMATION";
    public static final String ARRANGEMENT_SUMMARY = "ARRANGEMENT_SUMMARY";
    public static final String CEASE_CONFIRMATION = "CEASE_CONFIRMATION";

    private static final String SIGN_ES = "Atentamente,\n{agentName}\nAsesor(a) de {bankName}";
    private static final String SIGN_EN = "Kind regards,\n{agentName}\nAdviser, {bankName}";

    private DefaultMessageTemplates() {}

    public static List<MessageTemplate> all() {
        var all = new ArrayList<MessageTemplate>();
        // Payment reminder
        add(
                all,
                PAYMENT_REMINDER,
                SMS,
                ES,
                null,
                "{bankName}: Hola {clientName}, le recordamos amablemente que tiene un saldo pendiente de {amount}."
                        + " Si necesita opciones de pago, con gusto le ayudamos. {agentName}");
        add(
                all,
                PAYMENT_REMINDER,
                SMS,
                EN,
                null,
                "{bankName}: Hello {clientName}, a friendly reminder that your account has a pending balance of"
                        + " {amount}. If you would like payment options, we are happy to help. {agentName}");
        add(
                all,
                PAYMENT_REMINDER,
                EMAIL,
                ES,
                "Recordatorio amable de su saldo pendiente",
                "Estimado(a) {clientName}:\n\nLe escribimos para recordarle que su cuenta tiene un saldo pendiente"
                        + " de {amount}. Sabemos que a veces se pasa una fecha; si desea revisar opciones de pago"
                        + " que se ajusten a su situación, responda a este mensaje y le atenderemos con gusto.\n\n"
                        + SIGN_ES);
        add(
                all,
                PAYMENT_REMINDER,
                EMAIL,
                EN,
                "A friendly reminder about your balance",
                "Dear {clientName},\n\nWe are writing to remind you that your account has a pending balance of"
                        + " {amount}. We understand that a date can slip by; if you would like to look at payment"
                        + " options that suit your situation, just reply to this message and we will gladly help.\n\n"
                        + SIGN_EN);
        // Statement copy
        add(
                all,
                STATEMENT_COPY,
                EMAIL,
                ES,
                "Copia de su estado de cuenta",
                "Estimado(a) {clientName}:\n\nComo lo solicitó, le compartimos el resumen de su estado de cuenta"
                        + " al {today}: saldo pendiente {amount}. Si algún cargo no le resulta claro, con gusto lo"
                        + " revisamos juntos.\n\n" + SIGN_ES);
        add(
                all,
                STATEMENT_COPY,
                EMAIL,
                EN,
                "A copy of your statement",
                "Dear {clientName},\n\nAs requested, here is the summary of your statement as of {today}:"
                        + " pending balance {amount}. If any charge is unclear, we will gladly go through it with"
                        + " you.\n\n" + SIGN_EN);
        add(
                all,
                STATEMENT_COPY,
                LETTER,
                ES,
                "Copia de su estado de cuenta",
                "Estimado(a) {clientName}:\n\nComo lo solicitó, le enviamos el resumen de su estado de cuenta al"
                        + " {today}. Su saldo pendiente es de {amount}.\n\nSi algún cargo no le resulta claro o"
                        + " desea conocer las opciones de pago disponibles, comuníquese con nosotros; con gusto le"
                        + " atenderemos.\n\n" + SIGN_ES);
        add(
                all,
                STATEMENT_COPY,
                LETTER,
                EN,
                "A copy of your statement",
                "Dear {clientName},\n\nAs requested, please find the summary of your statement as of {today}."
                        + " Your pending balance is {amount}.\n\nIf any charge is unclear or you would like to hear"
                        + " about the payment options available to you, please get in touch; we will be glad to"
                        + " help.\n\n" + SIGN_EN);
        // Promise confirmation
        add(
                all,
                PROMISE_CONFIRMATION,
                SMS,
                ES,
                null,
                "{bankName}: Gracias, {clientName}. Confirmamos su compromiso de pago de {promiseAmount} para el"
                        + " {dueDate}. Cualquier duda, estamos para ayudarle. {agentName}");
        add(
                all,
                PROMISE_CONFIRMATION,
                SMS,
                EN,
                null,
                "{bankName}: Thank you, {clientName}. We confirm your payment of {promiseAmount} on {dueDate}."
                        + " Any questions, we are here to help. {agentName}");
        add(
                all,
                PROMISE_CONFIRMATION,
                EMAIL,
                ES,
                "Confirmación de su compromiso de pago",
                "Estimado(a) {clientName}:\n\nGracias por su tiempo. Confirmamos por escrito lo acordado: un pago"
                        + " de {promiseAmount} a más tardar el {dueDate}. Si algo cambia antes de esa fecha,"
                        + " avísenos y buscaremos juntos una alternativa.\n\n" + SIGN_ES);
        add(
                all,
                PROMISE_CONFIRMATION,
                EMAIL,
                EN,
                "Confirmation of your payment commitment",
                "Dear {clientName},\n\nThank you for your time. We confirm in writing what we agreed: a payment"
                        + " of {promiseAmount} by {dueDate}. If anything changes before that date, let us know and"
                        + " we will look for an alternative together.\n\n" + SIGN_EN);
        // Arrangement summary
        add(
                all,
                ARRANGEMENT_SUMMARY,
                EMAIL,
                ES,
                "Resumen de su convenio de pago",
                "Estimado(a) {clientName}:\n\nLe confirmamos su convenio de pago por un total de"
                        + " {arrangementTotal}, en {instalments} pagos a partir del {firstDueDate}. Gracias por"
                        + " su disposición; si necesita ayuda con algún pago, estamos a su servicio.\n\n" + SIGN_ES);
        add(
                all,
                ARRANGEMENT_SUMMARY,
                EMAIL,
                EN,
                "Summary of your payment arrangement",
                "Dear {clientName},\n\nWe confirm your payment arrangement for a total of {arrangementTotal}, in"
                        + " {instalments} payments starting on {firstDueDate}. Thank you for working this out with"
                        + " us; if you need help with any payment, we are at your service.\n\n" + SIGN_EN);
        add(
                all,
                ARRANGEMENT_SUMMARY,
                LETTER,
                ES,
                "Resumen de su convenio de pago",
                "Estimado(a) {clientName}:\n\nPor medio de la presente le confirmamos su convenio de pago por un"
                        + " total de {arrangementTotal}, en {instalments} pagos a partir del {firstDueDate}.\n\n"
                        + "Agradecemos su disposición. Si en algún momento necesita ayuda con un pago, comuníquese"
                        + " con nosotros.\n\n" + SIGN_ES);
        add(
                all,
                ARRANGEMENT_SUMMARY,
                LETTER,
                EN,
                "Summary of your payment arrangement",
                "Dear {clientName},\n\nWe hereby confirm your payment arrangement for a total of"
                        + " {arrangementTotal}, in {instalments} payments starting on {firstDueDate}.\n\nThank you"
                        + " for working this out with us. Should you need help with a payment at any time, please"
                        + " get in touch.\n\n" + SIGN_EN);
        // Cease-contact confirmation (the one message a cease request still allows)
        add(
                all,
                CEASE_CONFIRMATION,
                LETTER,
                ES,
                "Confirmación de su solicitud",
                "Estimado(a) {clientName}:\n\nHemos recibido su solicitud de no ser contactado(a) sobre su cuenta"
                        + " y la respetaremos a partir de hoy, {today}. Esta carta es solo la confirmación de su"
                        + " solicitud.\n\nSi en el futuro desea conocer opciones de pago, puede comunicarse con"
                        + " nosotros cuando lo prefiera.\n\n" + SIGN_ES);
        add(
                all,
                CEASE_CONFIRMATION,
                LETTER,
                EN,
                "Confirmation of your request",
                "Dear {clientName},\n\nWe have received your request not to be contacted about your account and"
                        + " will respect it from today, {today}. This letter only confirms your request.\n\nShould you"
                        + " wish to hear about payment options in the future, you may contact us whenever you"
                        + " prefer.\n\n" + SIGN_EN);
        add(
                all,
                CEASE_CONFIRMATION,
                EMAIL,
                ES,
                "Confirmación de su solicitud",
                "Estimado(a) {clientName}:\n\nHemos recibido su solicitud de no ser contactado(a) sobre su cuenta"
                        + " y la respetaremos a partir de hoy, {today}. Este mensaje es solo la confirmación de su"
                        + " solicitud.\n\n" + SIGN_ES);
        add(
                all,
                CEASE_CONFIRMATION,
                EMAIL,
                EN,
                "Confirmation of your request",
                "Dear {clientName},\n\nWe have received your request not to be contacted about your account and"
                        + " will respect it from today, {today}. This message only confirms your request.\n\n"
                        + SIGN_EN);
        return List.copyOf(all);
    }

    private static void add(
            List<MessageTemplate> all, String code, Channel channel, Language language, String subject, String body) {
        all.add(new MessageTemplate(code, channel, language, subject, body, EFFECTIVE_FROM, 1));
    }
}
