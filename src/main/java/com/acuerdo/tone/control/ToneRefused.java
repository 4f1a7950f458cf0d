package com.acuerdo.tone.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An outbound text contains expressions of the tone list: it is not sent, and whatever the same
 * transaction changed is rolled back. {@link #hits()} say what and where, for highlighting.
 */
@ApplicationException(rollback = true)
public class ToneRefused extends RuntimeException {

    private final transient List<ToneHit> hits;

    public ToneRefused(List<ToneHit> hits) {
        super("refused by the tone check: "
                + hits.stream()
                        .map(hit -> "'" + hit.found() + "' (" + hit.category() + ")")
                        .distinct()
                        .collect(Collectors.joining(", ")));
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one hit");
        }
        this.hits = List.copyOf(hits);
    }

    public List<ToneHit> hits() {
        return hits;
    }

    /** The listed expressions that were found, each once, in the order found. */
    public List<String> expressions() {
        return hits.stream().map(ToneHit::expression).distinct().toList();
    }
}
