package io.diplomatictimeline.benchmark.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run measures and against what, from the driver's arguments ({@code --name value}; benchmark/run.sh
 * passes them). {@code --small} picks the sizes of the CI run; any size given explicitly wins over it.
 *
 * @param facts        timeline entries loaded before the measurements (issue 6: 1,000,000)
 * @param deepFacts    of those, how many go to the one deep track that ingest_flatness posts to (all, by default)
 * @param shallowFacts the facts of the shallow track it is compared with (issue 6: 10,000)
 * @param spreadTracks how many tracks ingest_single spreads its facts over
 * @param timelines    every timeline-service instance ({@code --timeline} takes a comma-separated list): more than one
 *                     for the cluster shape
 * @param projections  every projection-service instance, likewise
 * @param streams      live streams open at once in the stream phase (issue 17: 1,000)
 * @param streamRate   facts per second posted to the track they follow (issue 17: 100)
 * @param servicePids  every timeline-service and projection-service process, whose CPU time the cpu_per_fact
 *                     figures add up ({@code --service-pids}, comma-separated)
 * @param brokerPids   every Kafka broker process, likewise ({@code --broker-pids})
 * @param ceilingPid   the ceiling app's process, whose CPU per no-op POST is cpu_per_fact_single_us's ceiling (0: none)
 */
public record Settings(
        Path out,
        Path repo,
        List<URI> timelines,
        List<URI> projections,
        URI ceiling,
        String token,
        long timelinePid,
        long projectionPid,
        String wrk,
        int facts,
        int deepFacts,
        int shallowFacts,
        int spreadTracks,
        Duration measure,
        Duration warmup,
        int clients,
        int queryClients,
        int freshnessRate,
        int batchSize,
        int bulkClients,
        int streams,
        int streamRate,
        List<Long> servicePids,
        List<Long> brokerPids,
        long ceilingPid) {

    private static final List<String> KNOWN = List.of("out", "repo", "timeline", "projection", "ceiling",
            "token-file", "timeline-pid", "projection-pid", "wrk", "facts", "deep-facts", "shallow-facts",
            "spread-tracks", "duration", "warmup", "clients", "query-clients", "freshness-rate", "batch",
            "bulk-clients", "streams", "stream-rate", "service-pids", "broker-pids", "ceiling-pid");

    public static Settings parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        boolean small = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + arg);
            }
            if (arg.equals("--small")) {
                small = true;
            } else if (!KNOWN.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: --small, --" + String.join(", --",
                        KNOWN));
            } else if (i + 1 < args.length) {
                given.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        int facts = integer(given, "facts", small ? 2_000 : 1_000_000);
        // Without snapshots every single post to a track reads its whole history: the small run keeps its deep
        // track short enough to load through single posts in seconds.
        int deep = integer(given, "deep-facts", small ? 300 : facts);
        int shallow = integer(given, "shallow-facts", Math.max(10, deep / 100));
        if (deep + shallow > facts) {
            facts = deep + shallow;
        }
        return new Settings(
                Path.of(required(given, "out")).toAbsolutePath(),
                Path.of(required(given, "repo")).toAbsolutePath(),
                uris(required(given, "timeline")),
                uris(required(given, "projection")),
                URI.create(required(given, "ceiling")),
                token(Path.of(required(given, "token-file"))),
                Long.parseLong(given.getOrDefault("timeline-pid", "0")),
                Long.parseLong(given.getOrDefault("projection-pid", "0")),
                given.getOrDefault("wrk", "wrk"),
                facts,
                deep,
                shallow,
                integer(given, "spread-tracks", 1_000),
                Duration.ofSeconds(integer(given, "duration", small ? 3 : 30)),
                Duration.ofSeconds(integer(given, "warmup", small ? 2 : 10)),
                integer(given, "clients", 32),
                integer(given, "query-clients", 8),
                integer(given, "freshness-rate", 500),
                integer(given, "batch", small ? 100 : 1_000),
                integer(given, "bulk-clients", 2),
                integer(given, "streams", small ? 50 : 1_000),
                integer(given, "stream-rate", small ? 20 : 100),
                pids(given.getOrDefault("service-pids", "")),
                pids(given.getOrDefault("broker-pids", "")),
                Long.parseLong(given.getOrDefault("ceiling-pid", "0")));
    }

    /** The first timeline-service instance: the one that takes what only one takes (bulk loads, freshness). */
    public URI timeline() {
        return timelines.get(0);
    }

    /** The first projection-service instance: the one asked for the read model's state and for a replay. */
    public URI projection() {
        return projections.get(0);
    }

    /** Two instances of each service or more: the cluster shape of ./run.sh --cluster. */
    public boolean cluster() {
        return timelines.size() > 1 || projections.size() > 1;
    }

    /** The processes whose CPU time is the cost of a fact: the services and the brokers together. */
    public List<Long> stackPids() {
        return java.util.stream.Stream.concat(servicePids.stream(), brokerPids.stream()).toList();
    }

    /** Comma- or space-separated process ids; empty for none. */
    static List<Long> pids(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(pid -> !pid.isEmpty())
                .map(Long::parseLong).toList();
    }

    private static List<URI> uris(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).map(URI::create).toList();
    }

    /** The facts loaded that are on neither the deep nor the shallow track. */
    public int fillerFacts() {
        return facts - deepFacts - shallowFacts;
    }

    /** Read from a file, so that the token never shows in a process list. */
    private static String token(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token from " + file, e);
        }
    }

    private static int integer(Map<String, String> given, String name, int otherwise) {
        String value = given.get(name);
        return value == null ? otherwise : Integer.parseInt(value.replace("_", "").replace(",", ""));
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
