package io.diplomatictimeline.benchmark.freshness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.PooledHttp;
import io.diplomatictimeline.benchmark.report.Report;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * freshness_p50_ms and freshness_p99_ms: facts posted at a steady rate, open loop (each POST is due at its planned
 * time whether or not the earlier ones were answered, up to {@value #MAX_UNANSWERED} unanswered), first for the
 * warm-up, then for the measurement; of the facts posted once the warm-up's time is over, every
 * {@value #FOLLOW_EVERY}th is followed from its 201 arriving to {@code GET /api/timeline/{id}} on projection-service
 * first answering 200 ({@link VisibilityPoller}).
 * <p>
 * The warm-up ends by the clock, not by a count of facts: a service slower than the rate (two instances on two cold
 * cores, say) would otherwise spend the whole phase on the warm-up's facts and leave none to measure.
 * <p>
 * Following every fact would cost the projection more GETs than POSTs (each fact is asked about until it shows) and
 * would take the machine from the service it measures; one in {@value #FOLLOW_EVERY}, taken at a fixed stride, is an
 * unbiased sample: 750 facts in a 30 s measurement at 500 facts/s.
 */
public final class Freshness {

    /**
     * An open loop against a service slower than its rate would pile up requests without end, until the service fails
     * them all and is buried for minutes after. At this many unanswered POSTs the loop waits instead; the rate it
     * reached is reported, and the figures are those of the facts accepted at that rate.
     */
    public static final int MAX_UNANSWERED = 256;
    public static final int FOLLOW_EVERY = 20;
    /** Threads that post, each waiting on one POST; the other unanswered POSTs wait in the loop's queue. */
    private static final int POSTERS = 64;
    private static final int TRACKS = 100;
    private static final long STOP = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final URI events;
    private final URI projection;
    private final Report report;

    public Freshness(String token, URI timeline, URI projection, Report report) {
        this.token = token;
        this.events = timeline.resolve("/api/events");
        this.projection = projection;
        this.report = report;
    }

    /**
     * @param posted      POSTs sent during the measurement
     * @param accepted    of those, answered 201
     * @param followed    of those, followed to the timeline
     * @param lost        of those, never seen there
     * @param postRate    POSTs per second sent during the measurement
     * @param lateP99Ms   see {@link VisibilityPoller#lateP99Ms()}
     */
    public record Outcome(long posted, long accepted, long followed, long lost, double p50Ms, double p99Ms,
                          double maxMs, double postRate, double lateP99Ms) {
    }

    public Outcome run(int rate, Duration warmup, Duration duration) throws Exception {
        long warmupFacts = rate * warmup.toSeconds();
        long total = warmupFacts + rate * duration.toSeconds();
        long interval = 1_000_000_000L / rate;
        AtomicLong posted = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        // Only the first refusal is said: how many there were is the posted count less the accepted one.
        AtomicBoolean refusalSaid = new AtomicBoolean();
        BlockingQueue<Long> due = new ArrayBlockingQueue<>(MAX_UNANSWERED - POSTERS);
        try (PooledHttp http = new PooledHttp(token, POSTERS + VisibilityPoller.ASKERS)) {
            VisibilityPoller visibility = new VisibilityPoller(http, projection, report);
            visibility.start();
            long start = System.nanoTime();
            long end = start + warmup.plus(duration).toNanos();
            long measuredFrom = start + warmup.toNanos();
            Poster poster = new Poster(http, due, measuredFrom, visibility, posted, accepted, refusalSaid);
            List<Thread> posters = new ArrayList<>();
            for (int i = 0; i < POSTERS; i++) {
                Thread thread = new Thread(poster::run, "freshness-poster-" + i);
                thread.setDaemon(true);
                thread.start();
                posters.add(thread);
            }

            // Until the planned count, or the planned time: a slow service gets fewer facts, not a longer phase.
            for (long n = 0; n < total && System.nanoTime() < end; n++) {
                long wait = start + n * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                due.put(n);
            }
            for (int i = 0; i < POSTERS; i++) {
                due.put(STOP);
            }
            for (Thread thread : posters) {
                thread.join();
            }
            // The facts still queued when the clock ran out were posted after it: the rate counts the time they took.
            double measuredSeconds = Math.max(1e-9, (System.nanoTime() - measuredFrom) / 1e9);
            long lost = visibility.awaitAll();
            return new Outcome(posted.get(), accepted.get(), visibility.followed(), lost, visibility.percentileMs(50),
                    visibility.percentileMs(99), visibility.maxMs(), posted.get() / measuredSeconds,
                    visibility.lateP99Ms());
        }
    }

    /** The posters' loop: each takes the next due fact, posts it, and hands a followed one's receipt to the poller. */
    private final class Poster {

        private final PooledHttp http;
        private final BlockingQueue<Long> due;
        private final long measuredFrom;
        private final VisibilityPoller visibility;
        private final AtomicLong posted;
        private final AtomicLong accepted;
        private final AtomicBoolean refusalSaid;

        Poster(PooledHttp http, BlockingQueue<Long> due, long measuredFrom, VisibilityPoller visibility,
               AtomicLong posted, AtomicLong accepted, AtomicBoolean refusalSaid) {
            this.http = http;
            this.due = due;
            this.measuredFrom = measuredFrom;
            this.visibility = visibility;
            this.posted = posted;
            this.accepted = accepted;
            this.refusalSaid = refusalSaid;
        }

        void run() {
            try {
                for (long n = due.take(); n != STOP; n = due.take()) {
                    post(n);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void post(long n) {
            byte[] body = Facts.json(Facts.body(String.format("bench-fresh-%03d", n % TRACKS),
                    Facts.scattered(n), n)).getBytes(StandardCharsets.UTF_8);
            boolean measured = System.nanoTime() >= measuredFrom;
            if (measured) {
                posted.incrementAndGet();
            }
            String failure;
            try {
                PooledHttp.Answer answer = http.postJson(events, body);
                long answeredAt = System.nanoTime();
                if (answer.status() == 201) {
                    if (measured && accepted.incrementAndGet() % FOLLOW_EVERY == 0) {
                        visibility.follow(idOf(answer.body()), answeredAt);
                    }
                    return;
                }
                failure = answer.status() + " " + answer.body();
            } catch (IOException e) {
                failure = e.toString();
            }
            if (measured && refusalSaid.compareAndSet(false, true)) {
                report.progress("freshness: a POST was not accepted: " + failure);
            }
        }
    }

    private static String idOf(String receipt) {
        try {
            return JSON.readTree(receipt).path("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("a 201 without a readable receipt: " + receipt, e);
        }
    }
}
