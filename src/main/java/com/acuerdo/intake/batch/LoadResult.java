package com.acuerdo.intake.batch;

import com.acuerdo.intake.control.ImportRow;
import com.acuerdo.intake.control.ImportRow.Rejected;
import java.util.ArrayList;
import java.util.List;

/** What loading one chunk's valid rows did, row by row. */
final class LoadResult {

    long inserted;
    long updated;
    long unchanged;
    final List<Rejected> rejects = new ArrayList<>();

    void reject(ImportRow row, String reason) {
        rejects.add(new Rejected(row.line(), row.raw(), reason));
    }

    void changed(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }
}
