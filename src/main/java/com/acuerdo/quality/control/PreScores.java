package com.acuerdo.quality.control;

import com.acuerdo.quality.entity.PrescoreSource;
import com.acuerdo.quality.entity.YesNo;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the contact log already answers for a review. A contact on record passed the contact guard
 * when it was recorded (refused attempts are audited, never recorded), so it was inside the hours
 * and the caps; the other facts only count for a conversation with the client, and a commitment only
 * when the call ended in one.
 */
public final class PreScores {

    /** The facts of one contact, read from the log by the boundary. */
    public record ContactFacts(
            boolean onRecord,
            boolean conversation,
            boolean delayReasonRecorded,
            Set<String> mandatoryPoints,
            Set<String> pointsTicked,
            boolean commitmentAgreed,
            boolean commitmentRecorded) {}

    private PreScores() {}

    public static Map<PrescoreSource, YesNo> of(ContactFacts facts) {
        var answers = new EnumMap<PrescoreSource, YesNo>(PrescoreSource.class);
        if (facts.onRecord()) {
            answers.put(PrescoreSource.CONTACT_WITHIN_HOURS, YesNo.YES);
            answers.put(PrescoreSource.WITHIN_CAPS, YesNo.YES);
        }
        if (facts.conversation()) {
            answers.put(PrescoreSource.DELAY_REASON_RECORDED, yes(facts.delayReasonRecorded()));
            answers.put(
                    PrescoreSource.TALKING_POINTS_TICKED,
                    yes(facts.pointsTicked().containsAll(facts.mandatoryPoints())));
            if (facts.commitmentAgreed()) {
                answers.put(PrescoreSource.PROMISE_RECORDED, yes(facts.commitmentRecorded()));
            }
        }
        return answers;
    }

    private static YesNo yes(boolean fact) {
        return fact ? YesNo.YES : YesNo.NO;
    }
}
