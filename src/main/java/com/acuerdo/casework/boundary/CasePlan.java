package com.acuerdo.casework.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.casework.control.PaymentMethod;
import com.acuerdo.casework.control.SolutionAmounts.Offer;
import com.acuerdo.platform.money.Money;
import com.acuerdo.strategy.entity.Objective;
import com.acuerdo.strategy.entity.SolutionKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What an agent prepares a contact with (the planning part of the case workspace), texts in both
 * languages of the screens (a language switch needs no new read): the statement of every account, the objective's checklist, the objection
 * guide, the solution routes with their amounts and the payment methods open to the client.
 *
 * @param caseVersion the case's version as read, so a save can tell when someone changed it meanwhile
 */
public record CasePlan(
        long caseId,
        long caseVersion,
        Objective objective,
        List<Point> checklist,
        List<Objection> objections,
        List<Route> routes,
        List<PaymentMethod> paymentMethods,
        List<Statement> statements)
        implements Serializable {

    /** A text of the strategy in Spanish and English; screens pick the user's. */
    public record Text(String es, String en) implements Serializable {

        /** @param languageTag "en" for English, anything else Spanish (the default language) */
        public String in(String languageTag) {
            return "en".equals(languageTag) ? en : es;
        }
    }

    public record Point(String code, Text text, boolean mandatory) implements Serializable {}

    public record Objection(String code, Text objection, List<Text> answers) implements Serializable {}

    public record Route(
            String code,
            SolutionKind kind,
            Text name,
            Text description,
            String accountId,
            Money balance,
            List<Offer> offers)
            implements Serializable {}

    public record Statement(
            String accountId,
            Product product,
            AgingBucket bucket,
            Money balance,
            List<BillLine> bills,
            List<PaymentLine> payments)
            implements Serializable {}

    public record BillLine(String billId, LocalDate dueDate, Money amountDue, Money paid, Money unpaid, boolean overdue)
            implements Serializable {}

    /** @param paidBills the due dates of the bills the payment went to, oldest first */
    public record PaymentLine(LocalDate paidOn, Money amount, String channel, List<LocalDate> paidBills)
            implements Serializable {}

    /** The codes of the mandatory points, in checklist order. */
    public List<String> mandatoryCodes() {
        return checklist.stream().filter(Point::mandatory).map(Point::code).toList();
    }
}
