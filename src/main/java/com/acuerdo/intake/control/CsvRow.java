package com.acuerdo.intake.control;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** One record of an import file and the line it starts on (the header is line 1). */
public record CsvRow(long line, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /**
     * The row written back as CSV, for the rejects' download. Values of plain characters only (what
     * ids, dates, amounts and codes are) need no quoting: joined directly, as the CSV printer would
     * write them, without a printer per row (the payments import stages a million rows with it).
     */
    public String raw() {
        for (var value : values) {
            if (!plain(value)) {
                return CSVFormat.RFC4180.format(values.toArray());
            }
        }
        return String.join(",", values);
    }

    /** Letters, digits and . _ - : / @ + (none of them quoted by the printer), not empty. */
    static boolean plain(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-'
                    || c == ':'
                    || c == '/'
                    || c == '@'
                    || c == '+';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
