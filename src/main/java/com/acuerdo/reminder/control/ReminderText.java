package com.acuerdo.reminder.control;

import com.acuerdo.customer.entity.Language;
import com.acuerdo.reminder.entity.Reminder.Kind;

/**
 * The default texts of the friendly reminders in the client's language (used when no message
 * template PROMISE_REMINDER is configured). Courteous and without any pressure: the tone check still
 * reads every text before it is queued.
 */
public final class ReminderText {

    public record Text(String subject, String body) {}

    private ReminderText() {}

    public static Text of(
            Language language, Kind kind, String bankName, String clientName, String amount, String dueOn) {
        boolean english = language == Language.EN;
        if (kind == Kind.ON_DUE_DATE) {
            return english
                    ? new Text(
                            "Your payment is due today",
                            bankName + ": Hello " + clientName + ", a friendly reminder that your payment of " + amount
                                    + " is due today (" + dueOn + "). Thank you! If you need help, just reply.")
                    : new Text(
                            "Su pago vence hoy",
                            bankName + ": Hola " + clientName + ", le recordamos amablemente que hoy (" + dueOn
                                    + ") vence su pago de " + amount
                                    + ". ¡Gracias! Si necesita ayuda, responda a este mensaje.");
        }
        return english
                ? new Text(
                        "A friendly reminder of your upcoming payment",
                        bankName + ": Hello " + clientName + ", a friendly reminder that your payment of " + amount
                                + " falls due on " + dueOn + ". Thank you for keeping your agreement!")
                : new Text(
                        "Recordatorio amable de su próximo pago",
                        bankName + ": Hola " + clientName + ", le recordamos amablemente que su pago de " + amount
                                + " vence el " + dueOn + ". ¡Gracias por cumplir su acuerdo!");
    }
}
