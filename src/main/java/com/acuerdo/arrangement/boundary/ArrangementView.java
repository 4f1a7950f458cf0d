package com.acuerdo.arrangement.boundary;

import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.arrangement.entity.InstalmentStatus;
import com.acuerdo.arrangement.entity.PaymentArrangement;
import com.acuerdo.platform.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment arrangement as the agent, the approval queue and the API show it: figures, schedule,
 * why it needed approval and the supervisor's decision.
 */
public record ArrangementView(
        long arrangementId,
        String accountId,
        long caseId,
        ArrangementStatus status,
        Money totalBeforeDiscount,
        BigDecimal discountPercent,
        Money totalAfterDiscount,
        Money downPayment,
        Money financed,
        Frequency frequency,
        LocalDate firstDueOn,
        List<Line> schedule,
        List<String> approvalReasons,
        Instant requestedAt,
        String decidedBy,
        String decisionReason,
        Instant decidedAt,
        long version) {

    public record Line(int number, LocalDate dueOn, Money amount, InstalmentStatus status) {}

    static ArrangementView of(PaymentArrangement arrangement) {
        return new ArrangementView(
                arrangement.id(),
                arrangement.account().externalId(),
                arrangement.collectionCase().id(),
                arrangement.status(),
                arrangement.totalBeforeDiscount(),
                arrangement.discountPercent(),
                arrangement.totalAfterDiscount(),
                arrangement.downPayment(),
                arrangement.financed(),
                arrangement.frequency(),
                arrangement.firstDueOn(),
                arrangement.instalments().stream()
                        .map(i -> new Line(i.number(), i.dueOn(), i.amount(), i.status()))
                        .toList(),
                arrangement.approvalReasons(),
                arrangement.requestedAt(),
                arrangement.decidedBy().orElse(null),
                arrangement.decisionReason().orElse(null),
                arrangement.decidedAt().orElse(null),
                arrangement.version());
    }
}
