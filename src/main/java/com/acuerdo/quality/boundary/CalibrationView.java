package com.acuerdo.quality.boundary;

import com.acuerdo.contact.entity.Channel;
import com.acuerdo.contact.entity.ContactOutcome;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A calibration session as its page shows it; scores and answers only once revealed (or to the lead). */
public record CalibrationView(
        long sessionId,
        boolean revealed,
        String leadName,
        Instant createdAt,
        String customerName,
        String agentName,
        Instant contactAt,
        Channel channel,
        ContactOutcome outcome,
        Long myReviewId,
        boolean mySubmitted,
        List<Scorer> scorers,
        List<Row> rows,
        BigDecimal spread,
        BigDecimal meanAbsoluteDistance)
        implements Serializable {

    /** The expert first, then each reviewer: score and distance are null while hidden. */
    public record Scorer(String name, boolean expert, boolean submitted, BigDecimal score, BigDecimal distance)
            implements Serializable {}

    /** A criterion: the expert's answer, each reviewer's, and the share that agree with the expert. */
    public record Row(String textEs, String textEn, String expertAnswer, List<String> answers, int agreementPercent)
            implements Serializable {}

    public long getSubmittedCount() {
        return scorers.stream().filter(Scorer::submitted).count();
    }
}
