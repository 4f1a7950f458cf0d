package com.acuerdo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The benchmark's figures: printed, and appended to {@code target/bench/report.txt} (the Maven
 * project's folder is the working directory of the test JVM and of the Payara Micro it starts).
 */
public final class BenchReport {

    static final Path FILE = Path.of("target", "bench", "report.txt");

    private BenchReport() {}

    /** Starts a new report (the first step of a run). */
    public static void start(String heading) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(heading);
    }

    public static synchronized void add(String line) {
        System.out.println("[bench] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(
                    FILE,
                    line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
