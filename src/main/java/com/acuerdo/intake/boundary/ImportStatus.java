package com.acuerdo.intake.boundary;

import java.util.List;

/** Where an import stands: the batch status of its latest execution and what became of its rows. */
public record ImportStatus(
        long importId,
        String kind,
        String fileName,
        String status,
        long read,
        long accepted,
        long rejected,
        long inserted,
        long updated,
        long unchanged,
        String failure,
        List<RejectLine> rejects) {

    public record RejectLine(long line, String reason, String row) {}
}
