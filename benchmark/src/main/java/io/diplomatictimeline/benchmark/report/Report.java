package io.diplomatictimeline.benchmark.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the run's figures and progress go: RESULT lines to standard output and results.txt as each is measured
 * (and all of them again at the end, together), progress and notes to standard error and driver.log.
 */
public final class Report {

    private final Path results;
    private final Path log;
    private final List<Result> all = new ArrayList<>();

    public Report(Path outDir) {
        this.results = outDir.resolve("results.txt");
        this.log = outDir.resolve("driver.log");
        write(results, "", false);
    }

    public synchronized void result(Result result) {
        all.add(result);
        System.out.println(result.line());
        System.out.flush();
        write(results, result.line() + "\n", true);
        if (result.note() != null) {
            note(result.name() + ": " + result.note());
        }
    }

    /** Said once, to the reader: why a figure is what it is, or what was not measured. */
    public synchronized void note(String text) {
        String line = "NOTE " + text;
        System.out.println(line);
        System.out.flush();
        write(results, line + "\n", true);
        write(log, Instant.now() + " " + line + "\n", true);
    }

    public synchronized void progress(String text) {
        String line = Instant.now() + " " + text;
        System.err.println(line);
        write(log, line + "\n", true);
    }

    public synchronized List<Result> all() {
        return List.copyOf(all);
    }

    /** Every RESULT line again, in one block, so the figures end the output. */
    public synchronized void summary() {
        System.out.println();
        System.out.println("== results");
        for (Result result : all) {
            System.out.println(result.line());
        }
        System.out.flush();
    }

    private static void write(Path file, String text, boolean append) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
