package com.acuerdo.intake.batch;

/**
 * A payment id of the chunk was posted by another transaction after the chunk read the known ids (the
 * other partition, or another import, had the same id on another account). The chunk rolls back and is
 * retried (import-payments.xml): then it sees that payment and rejects or skips the row as usual.
 */
public class PaymentPostedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PaymentPostedMeanwhile(Throwable cause) {
        super("a payment id of this chunk was posted meanwhile by another import; the chunk is retried", cause);
    }
}
