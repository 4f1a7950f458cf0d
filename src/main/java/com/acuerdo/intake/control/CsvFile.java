package com.acuerdo.intake.control;

import com.acuerdo.intake.entity.ImportKind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a core-bank file as the contract defines it: UTF-8 (a byte-order mark is tolerated),
 * RFC 4180 with a comma, a header row naming the kind's columns in order. Empty lines are skipped.
 * Text that is not UTF-8 or not CSV is refused with the line where it was found, never guessed at.
 */
public final class CsvFile implements AutoCloseable {

    private static final int[] BOM = {0xEF, 0xBB, 0xBF};

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final ImportKind kind;

    private CsvFile(Reader reader, ImportKind kind) throws IOException {
        this.parser = CSVParser.parse(reader, FORMAT);
        this.records = parser.iterator();
        this.kind = kind;
    }

    /** Opens the file and checks its header; the next row read is the first after it. */
    public static CsvFile open(Path file, ImportKind kind) throws IOException {
        return open(Files.newInputStream(file), kind);
    }

    public static CsvFile open(InputStream bytes, ImportKind kind) throws IOException {
        var in = new BufferedInputStream(bytes, 1 << 16);
        skipByteOrderMark(in);
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var csv = new CsvFile(new InputStreamReader(in, decoder), kind);
        try {
            csv.checkHeader();
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
        return csv;
    }

    /**
     * Reads the whole file once without importing anything: a file refused here changes nothing.
     *
     * @return the number of data rows
     */
    public static long check(Path file, ImportKind kind) throws IOException {
        try (var in = Files.newInputStream(file)) {
            var line = firstLineNotUtf8(in);
            if (line.isPresent()) {
                throw new FileRefused(
                        line.getAsLong(),
                        "the file is not UTF-8 text (line " + line.getAsLong() + " has bytes that are not UTF-8)");
            }
        }
        try (var csv = open(file, kind)) {
            long rows = 0;
            while (csv.next().isPresent()) {
                rows++;
            }
            return rows;
        }
    }

    /**
     * The line of the first byte sequence that is not UTF-8. A reader decodes ahead in blocks, so
     * only a pass of its own over the bytes can say where the bad one is.
     */
    static OptionalLong firstLineNotUtf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.allocate(1 << 16);
        var chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            if (read > 0) {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            CoderResult result;
            do {
                int from = bytes.position();
                chars.clear();
                result = decoder.decode(bytes, chars, end);
                for (int i = from; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    return OptionalLong.of(line);
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        return OptionalLong.empty();
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(BOM.length);
        for (int expected : BOM) {
            if (in.read() != expected) {
                in.reset();
                return;
            }
        }
    }

    private void checkHeader() {
        var header = nextRecord()
                .orElseThrow(() -> new FileRefused(
                        1, "the file is empty: a header row is expected (" + String.join(",", kind.columns()) + ")"));
        var found = header.values().stream().map(String::strip).toList();
        if (!found.equals(kind.columns())) {
            throw new FileRefused(
                    1,
                    "wrong header for a " + kind.path() + " file: expected " + String.join(",", kind.columns())
                            + " but found " + String.join(",", found));
        }
    }

    /** The next data row, skipping empty lines; empty at the end of the file. */
    public Optional<CsvRow> next() {
        while (true) {
            var row = nextRecord();
            if (row.isEmpty() || !isEmptyLine(row.get())) {
                return row;
            }
        }
    }

    private static boolean isEmptyLine(CsvRow row) {
        return row.values().size() == 1 && row.values().get(0).isEmpty();
    }

    private Optional<CsvRow> nextRecord() {
        // The lexer has consumed every line before this record: the record starts on the next one.
        long line = parser.getCurrentLineNumber() + 1;
        try {
            CSVRecord record = records.next();
            return Optional.of(new CsvRow(line, List.of(record.values())));
        } catch (NoSuchElementException end) {
            return Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw refusal(e, line);
        }
    }

    private FileRefused refusal(RuntimeException e, long line) {
        var cause = e.getCause() == null ? e : e.getCause();
        long at = Math.max(line, parser.getCurrentLineNumber());
        if (cause instanceof CharacterCodingException) {
            return new FileRefused(at, "the file is not UTF-8 text (line " + at + " has bytes that are not UTF-8)");
        }
        return new FileRefused(
                line,
                "the file is not valid CSV (RFC 4180) from line " + line + ": " + String.valueOf(cause.getMessage()));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
