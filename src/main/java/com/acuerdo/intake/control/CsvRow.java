package com.acuerdo.intake.control;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** One record of an import file and the line it starts on (the header is line 1). */
public record CsvRow(long line, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The row written back as CSV, for the rejects' download. */
    public String raw() {
        return CSVFormat.RFC4180.format(values.toArray());
    }
}
