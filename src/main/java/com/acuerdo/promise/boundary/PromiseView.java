package com.acuerdo.promise.boundary;

import com.acuerdo.platform.money.Money;
import com.acuerdo.promise.entity.PromiseStatus;
import com.acuerdo.promise.entity.PromiseToPay;
import java.time.Instant;
import java.time.LocalDate;

/** A promise to pay as screens and the API show it. */
public record PromiseView(
        long promiseId,
        String accountId,
        long caseId,
        Money amount,
        LocalDate dueOn,
        LocalDate madeOn,
        Instant madeAt,
        PromiseStatus status,
        Money amountPaid,
        LocalDate resolvedOn,
        long version) {

    static PromiseView of(PromiseToPay promise) {
        return new PromiseView(
                promise.id(),
                promise.account().externalId(),
                promise.collectionCase().id(),
                promise.amount(),
                promise.dueOn(),
                promise.madeOn(),
                promise.madeAt(),
                promise.status(),
                promise.amountPaid(),
                promise.resolvedOn().orElse(null),
                promise.version());
    }
}
