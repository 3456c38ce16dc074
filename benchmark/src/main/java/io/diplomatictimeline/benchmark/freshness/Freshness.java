package io.diplomatictimeline.benchmark.freshness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * freshness_p50_ms and freshness_p99_ms: facts posted at a steady rate, open loop (each POST leaves at its planned
 * time whether or not the earlier ones were answered, up to {@value #MAX_UNANSWERED} unanswered), and for each the
 * time from its 201 arriving to {@code GET /api/timeline/{id}} on projection-service first answering 200.
 *
 * <p>Polling every outstanding id every few milliseconds would cost the projection more than the facts do. The
 * poller instead asks for the oldest outstanding ids at once, every {@value #POLL_MS} ms, and goes on to the next ones
 * at once when some were found. It asks for {@value #WINDOW} at first; while every id it asked for was found, it asks
 * for twice as many the next time, up to {@value #MAX_WINDOW}, and back to {@value #WINDOW} as soon as one was not.
 * With a fixed window of 8 the poller could confirm no more facts per second than 8 per round trip (about 400 a
 * second on a busy machine): behind a service taking more, it fell further behind every second, and measured its own
 * backlog (freshness of 20 seconds while the projection was keeping up). The projection applies a partition's facts
 * in the order timeline-service stored them, so the oldest are found first; a fact that shows before older ones is
 * counted when the poller gets to it, which can only make the figure worse, never better.
 */
public final class Freshness {

    static final int WINDOW = 8;
    static final int MAX_WINDOW = 128;
    /**
     * An open loop against a service slower than its rate would pile up requests without end, until the service fails
     * them all and is buried for minutes after. At this many unanswered POSTs the loop waits instead; the rate it
     * reached is reported, and the figures are those of the facts accepted at that rate.
     */
    public static final int MAX_UNANSWERED = 256;
    static final int POLL_MS = 5;
    private static final int TRACKS = 100;
    private static final Duration LOST_AFTER = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final URI timeline;
    private final URI projection;
    private final Report report;

    public Freshness(Http http, URI timeline, URI projection, Report report) {
        this.http = http;
        this.timeline = timeline;
        this.projection = projection;
        this.report = report;
    }

    public record Outcome(long posted, long accepted, long seen, long notAccepted, double p50Ms, double p99Ms,
                          double maxMs, double postRate) {
    }

    private record Accepted(String id, long answeredAt) {
    }

    /** A poll's answer, timed when it arrived rather than when the poller got round to it. */
    private record Answer(int status, long at) {
    }

    public Outcome run(int rate, Duration duration) throws Exception {
        ConcurrentLinkedQueue<Accepted> answered = new ConcurrentLinkedQueue<>();
        AtomicLong notAccepted = new AtomicLong();
        AtomicLong inFlight = new AtomicLong();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        Semaphore unanswered = new Semaphore(MAX_UNANSWERED);
        long total = (long) rate * duration.toSeconds();
        long interval = 1_000_000_000L / rate;
        URI events = timeline.resolve("/api/events");

        Thread poller = new Thread(() -> {
            // A client of its own: the JDK's client handles every answer of one client on one selector thread, and
            // behind 256 unanswered POSTs the polls waited there too.
            try (Http polls = new Http(null, 2)) {
                poll(polls, answered, latencies, inFlight);
            }
        }, "freshness-poller");
        poller.setDaemon(true);
        poller.start();

        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        // Until the planned count, or the planned time: a slow service gets fewer facts, not a longer phase.
        for (long i = 0; i < total && System.nanoTime() < end; i++) {
            sent++;
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            byte[] body = Facts.json(Facts.body(String.format("bench-fresh-%03d", i % TRACKS),
                    Facts.scattered(i), i)).getBytes(StandardCharsets.UTF_8);
            unanswered.acquire();
            inFlight.incrementAndGet();
            http.postAsync(events, "application/json", body).whenComplete((answer, error) -> {
                unanswered.release();
                long at = System.nanoTime();
                if (error == null && answer.statusCode() == 201) {
                    answered.add(new Accepted(idOf(answer), at));
                } else {
                    notAccepted.incrementAndGet();
                    inFlight.decrementAndGet();
                    if (notAccepted.get() == 1) {
                        report.progress("freshness: a POST was not accepted: "
                                + (error != null ? error : answer.statusCode() + " " + answer.body()));
                    }
                }
            });
        }
        double postSeconds = (System.nanoTime() - start) / 1e9;
        // The poller ends by itself: when every accepted fact was seen, or when none was for LOST_AFTER.
        poller.join();
        long seen = latencies.getTotalCount();
        return new Outcome(sent, sent - notAccepted.get(), seen, notAccepted.get(),
                latencies.getValueAtPercentile(50) / 1e3, latencies.getValueAtPercentile(99) / 1e3,
                latencies.getMaxValue() / 1e3, sent / postSeconds);
    }

    /** Runs until every accepted fact was seen, or nothing new was seen for a minute. */
    private void poll(Http polls, ConcurrentLinkedQueue<Accepted> answered, Histogram latencies,
                      AtomicLong inFlight) {
        Deque<Accepted> outstanding = new ArrayDeque<>();
        long lastSeen = System.nanoTime();
        int windowSize = WINDOW;
        long rounds = 0;
        long asks = 0;
        long roundNanos = 0;
        try {
            while (true) {
                long round = System.nanoTime();
                for (Accepted next = answered.poll(); next != null; next = answered.poll()) {
                    outstanding.add(next);
                }
                if (outstanding.isEmpty()) {
                    if (inFlight.get() == 0 && round - lastSeen > 1_000_000_000L
                            || round - lastSeen > LOST_AFTER.toNanos()) {
                        return;
                    }
                } else {
                    List<Accepted> window = new ArrayList<>(windowSize);
                    List<CompletableFuture<Answer>> asked = new ArrayList<>(windowSize);
                    for (Accepted fact : outstanding) {
                        window.add(fact);
                        asked.add(polls.getAsyncDiscarding(projection.resolve("/api/timeline/" + fact.id()))
                                .thenApply(answer -> new Answer(answer.statusCode(), System.nanoTime())));
                        if (window.size() == windowSize) {
                            break;
                        }
                    }
                    int found = 0;
                    for (int i = 0; i < window.size(); i++) {
                        Answer answer = asked.get(i).join();
                        if (answer.status() == 200) {
                            latencies.recordValue(Math.max(0, (answer.at() - window.get(i).answeredAt()) / 1_000));
                            outstanding.remove(window.get(i));
                            inFlight.decrementAndGet();
                            found++;
                        }
                    }
                    rounds++;
                    asks += window.size();
                    roundNanos += System.nanoTime() - round;
                    windowSize = found == window.size() ? Math.min(2 * windowSize, MAX_WINDOW) : WINDOW;
                    if (found > 0) {
                        lastSeen = System.nanoTime();
                        continue;
                    }
                    if (round - lastSeen > LOST_AFTER.toNanos()) {
                        report.progress("freshness: " + outstanding.size() + " accepted facts never showed");
                        return;
                    }
                }
                long wait = round + POLL_MS * 1_000_000L - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report.progress(String.format(Locale.ROOT, "freshness poller: %d rounds, %.1f ids asked per round, %.1f ms "
                + "per round", rounds, rounds == 0 ? 0.0 : (double) asks / rounds, rounds == 0 ? 0.0
                : roundNanos / 1e6 / rounds));
    }

    private static String idOf(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException("a 201 without a readable receipt: " + answer.body(), e);
        }
    }
}
