package io.diplomatictimeline.benchmark.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's CPU time went, phase by phase: reads a JFR recording's execution samples (jdk.ExecutionSample,
 * taken every 10 ms from each thread running Java code under the "profile" settings) and, for each phase of
 * phases.tsv and for the whole run, prints the methods most often on top of the stack (self time), the nearest
 * project or Axon method below the top (which of their calls the time went into) and the project's methods most often
 * anywhere on the stack (time spent in them and what they call). It also writes the samples as collapsed stacks
 * (one line per stack, root first, the phase as the root frame, then the count), which flame graph tools read.
 *
 * <p>Usage: {@code ProfileSummary <recording.jfr> <phases.tsv> [top] [collapsed-stacks-file]}
 */
public final class ProfileSummary {

    private static final String PROJECT = "io.diplomatictimeline.";
    private static final String AXON = "org.axonframework.";

    private ProfileSummary() {
    }

    private record Phase(String name, Instant start, Instant end) {
    }

    private static final class Counts {
        long samples;
        final Map<String, Long> self = new HashMap<>();
        final Map<String, Long> nearestCaller = new HashMap<>();
        final Map<String, Long> inProject = new HashMap<>();
        final Map<String, Long> collapsed = new HashMap<>();
    }

    public static void main(String[] args) throws IOException {
        Path recording = Path.of(args[0]);
        List<Phase> phases = phases(Path.of(args[1]));
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        Map<String, Counts> byPhase = new LinkedHashMap<>();
        byPhase.put("whole run", new Counts());
        for (Phase phase : phases) {
            byPhase.putIfAbsent(phase.name(), new Counts());
        }
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                add(byPhase.get("whole run"), frames);
                for (Phase phase : phases) {
                    if (!event.getStartTime().isBefore(phase.start()) && event.getStartTime().isBefore(phase.end())) {
                        add(byPhase.get(phase.name()), frames);
                    }
                }
            }
        }
        System.out.println("# " + recording.getFileName() + ": execution samples by phase");
        for (Map.Entry<String, Counts> phase : byPhase.entrySet()) {
            Counts counts = phase.getValue();
            if (counts.samples == 0) {
                continue;
            }
            System.out.println();
            System.out.println("## " + phase.getKey() + " (" + counts.samples + " samples)");
            System.out.println("self (on top of the stack):");
            print(counts.self, counts.samples, top);
            System.out.println("nearest project or Axon method below the top (what the time was spent for):");
            print(counts.nearestCaller, counts.samples, top);
            System.out.println("project methods (anywhere on the stack):");
            print(counts.inProject, counts.samples, top);
        }
        if (args.length > 3) {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, Counts> phase : byPhase.entrySet()) {
                String root = phase.getKey().replace(' ', '_');
                phase.getValue().collapsed.forEach((stack, count) -> lines.add(root + stack + " " + count));
            }
            Files.write(Path.of(args[3]), lines);
        }
    }

    private static void add(Counts counts, List<RecordedFrame> frames) {
        counts.samples++;
        counts.self.merge(name(frames.get(0)), 1L, Long::sum);
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith(PROJECT) || name.startsWith(AXON)) {
                counts.nearestCaller.merge(name, 1L, Long::sum);
                break;
            }
        }
        StringBuilder stack = new StringBuilder();
        for (int i = frames.size() - 1; i >= 0; i--) {
            stack.append(';').append(name(frames.get(i)));
        }
        counts.collapsed.merge(stack.toString(), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith(PROJECT) && seen.add(name)) {
                counts.inProject.merge(name, 1L, Long::sum);
            }
        }
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }

    private static void print(Map<String, Long> counts, long samples, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n",
                        100.0 * entry.getValue() / samples, entry.getValue(), entry.getKey()));
    }

    private static List<Phase> phases(Path file) throws IOException {
        List<Phase> phases = new ArrayList<>();
        if (!Files.exists(file)) {
            return phases;
        }
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                phases.add(new Phase(parts[0], Instant.parse(parts[1]), Instant.parse(parts[2])));
            }
        }
        return phases;
    }
}
