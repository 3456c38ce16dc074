package io.diplomatictimeline.benchmark.freshness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * <p>{@link VisibilityPoller} finds when each accepted fact first shows.
 */
public final class Freshness {

    /**
     * An open loop against a service slower than its rate would pile up requests without end, until the service fails
     * them all and is buried for minutes after. At this many unanswered POSTs the loop waits instead; the rate it
     * reached is reported, and the figures are those of the facts accepted at that rate.
     */
    public static final int MAX_UNANSWERED = 256;
    private static final int TRACKS = 100;
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

    /** @param pollerBehind see {@link VisibilityPoller#wasBehind()} */
    public record Outcome(long posted, long accepted, long seen, long notAccepted, double p50Ms, double p99Ms,
                          double maxMs, double postRate, boolean pollerBehind) {
    }

    public Outcome run(int rate, Duration duration) throws Exception {
        ConcurrentLinkedQueue<VisibilityPoller.Accepted> answered = new ConcurrentLinkedQueue<>();
        AtomicLong notAccepted = new AtomicLong();
        AtomicLong inFlight = new AtomicLong();
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        Semaphore unanswered = new Semaphore(MAX_UNANSWERED);
        long total = (long) rate * duration.toSeconds();
        long interval = 1_000_000_000L / rate;
        URI events = timeline.resolve("/api/events");

        // A client of its own: the JDK's client handles every answer of one client on one selector thread, and behind
        // 256 unanswered POSTs the polls waited there too.
        Http polls = new Http(null, 2);
        VisibilityPoller visibility = new VisibilityPoller(polls, projection, report, answered, inFlight, latencies);
        Thread poller = new Thread(() -> {
            try (polls) {
                visibility.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
                    answered.add(new VisibilityPoller.Accepted(idOf(answer), at));
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
                latencies.getMaxValue() / 1e3, sent / postSeconds, visibility.wasBehind());
    }

    private static String idOf(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException("a 201 without a readable receipt: " + answer.body(), e);
        }
    }
}
