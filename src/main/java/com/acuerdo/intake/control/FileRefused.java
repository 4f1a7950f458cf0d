package com.acuerdo.intake.control;

/**
 * The whole file cannot be imported (not UTF-8, not CSV, wrong header, empty): nothing of it may
 * land. {@code line} is where the problem was found (the header is line 1).
 */
public class FileRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public FileRefused(long line, String reason) {
        super(reason);
        this.line = line;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return getMessage();
    }
}
