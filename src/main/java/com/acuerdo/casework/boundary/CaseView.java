package com.acuerdo.casework.boundary;

import com.acuerdo.account.entity.Product;
import com.acuerdo.aging.entity.AgingBucket;
import com.acuerdo.arrangement.entity.ArrangementStatus;
import com.acuerdo.arrangement.entity.Frequency;
import com.acuerdo.casework.control.PriorityExplanation.Part;
import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import com.acuerdo.contact.entity.DelayReason;
import com.acuerdo.contact.entity.Direction;
import com.acuerdo.contact.entity.RestrictionType;
import com.acuerdo.customer.entity.Jurisdiction;
import com.acuerdo.customer.entity.Language;
import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.strategy.entity.Objective;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Everything the (read-only) case page shows, read once when it opens. */
public record CaseView(
        long caseId,
        boolean open,
        LocalDate openedOn,
        AgingBucket bucket,
        Objective objective,
        BigDecimal priorityScore,
        List<Part> priorityParts,
        boolean escalated,
        boolean chargeOffCandidate,
        String agentName,
        String teamName,
        Client client,
        List<AccountLine> accounts,
        List<RestrictionLine> restrictions,
        List<ContactLine> contacts,
        List<PromiseLine> promises,
        List<ArrangementLine> arrangements)
        implements Serializable {

    public record Client(
            String externalId,
            String fullName,
            ZoneId timeZone,
            Language language,
            Jurisdiction jurisdiction,
            String email,
            String phone,
            boolean consentSms,
            boolean consentEmail)
            implements Serializable {}

    public record AccountLine(
            String externalId, Product product, Money balance, int daysPastDue, AgingBucket bucket, LocalDate agedOn)
            implements Serializable {}

    public record RestrictionLine(RestrictionType type, String accountExternalId, LocalDate from, LocalDate until)
            implements Serializable {}

    public record ContactLine(
            long contactId,
            Instant at,
            Channel channel,
            Direction direction,
            ContactOutcome outcome,
            DelayReason reason,
            String agentName,
            String notes)
            implements Serializable {

        /** Made by an agent, so a supervisor may send it to the QA queue. */
        public boolean isReviewable() {
            return agentName != null;
        }
    }

    public record PromiseLine(
            String accountExternalId, Money amount, LocalDate dueOn, LocalDate madeOn, PromiseStatus status, Money paid)
            implements Serializable {}

    public record ArrangementLine(
            String accountExternalId,
            Money total,
            Money downPayment,
            int instalments,
            Frequency frequency,
            LocalDate firstDueOn,
            ArrangementStatus status)
            implements Serializable {}
}
