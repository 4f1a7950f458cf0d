package com.acuerdo.message.boundary;

import com.acuerdo.tone.control.ToneHit;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The tone check refused a message: {@code hits} are offsets into {@code body} (and
 * {@code subjectHits} into {@code subject}), the exact texts that were checked, so the screen can
 * show them back with the expressions marked. Nothing was sent or recorded.
 */
@ApplicationException(rollback = true)
public class OffensiveText extends RuntimeException {

    private final String subject;
    private final String body;
    private final transient List<ToneHit> subjectHits;
    private final transient List<ToneHit> hits;

    public OffensiveText(String subject, List<ToneHit> subjectHits, String body, List<ToneHit> hits) {
        super("refused by the tone check: "
                + java.util.stream.Stream.concat(subjectHits.stream(), hits.stream())
                        .map(ToneHit::found)
                        .distinct()
                        .toList());
        this.subject = subject;
        this.body = body;
        this.subjectHits = List.copyOf(subjectHits);
        this.hits = List.copyOf(hits);
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public List<ToneHit> subjectHits() {
        return subjectHits;
    }

    public List<ToneHit> hits() {
        return hits;
    }
}
