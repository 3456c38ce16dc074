package io.diplomatictimeline.benchmark.freshness;

import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Finds when each accepted fact first answers on {@code GET /api/timeline/{id}}. Up to {@value #MAX_ASKING} GETs are
 * in flight, each about the oldest accepted fact not yet seen and not being asked about. As soon as an answer comes,
 * the next question goes. A fact that was not there is asked about again after a tenth of its age, and no sooner
 * than {@value #ASK_AGAIN_MS} ms: each latency is found to within 10% or 5 ms (too long, never too short). The cap on
 * questions in flight bounds what the poller costs the projection.
 * <p>
 * Until 2026-11-28 the poller asked about 8 ids per round and waited for the round's slowest answer before the next.
 * On a busy machine a round took hundreds of milliseconds, so it confirmed fewer facts per second than the service
 * accepted, and measured its own growing backlog (freshness of 6 to 37 s while the projection kept up within a few
 * hundred milliseconds).
 * <p>
 * The projection applies a partition's facts in the order timeline-service stored them, so the oldest show first; a
 * fact that shows before older ones is counted when the poller gets to it, which can only make the figure worse.
 */
final class VisibilityPoller {

    static final int MAX_ASKING = 32;
    static final int ASK_AGAIN_MS = 5;
    /** How far into the unseen facts, oldest first, one pass looks for a fact to ask about. */
    private static final int SCAN = 8 * MAX_ASKING;
    private static final Duration LOST_AFTER = Duration.ofSeconds(60);

    private final Http http;
    private final URI projection;
    private final Report report;
    private final ConcurrentLinkedQueue<Accepted> accepted;
    private final AtomicLong inFlight;
    private final Histogram latencies;
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final AtomicLong questions = new AtomicLong();

    /**
     * @param accepted  facts answered 201, in the order their answers arrived
     * @param inFlight  facts posted and not yet refused or seen; the poller counts the seen ones down
     * @param latencies where each fact's time from its 201 to its first 200, in µs, goes
     */
    VisibilityPoller(Http http, URI projection, Report report, ConcurrentLinkedQueue<Accepted> accepted,
                     AtomicLong inFlight, Histogram latencies) {
        this.http = http;
        this.projection = projection;
        this.report = report;
        this.accepted = accepted;
        this.inFlight = inFlight;
        this.latencies = latencies;
    }

    record Accepted(String id, long answeredAt) {
    }

    /** A fact not seen yet, and whether and when to ask about it. */
    private static final class Unseen {

        private final Accepted fact;
        private boolean asking;
        private long askAt;

        private Unseen(Accepted fact) {
            this.fact = fact;
        }
    }

    /** An answer about a fact, timed when it arrived rather than when the poller got round to it. */
    private record Reply(Unseen about, boolean found, long at) {
    }

    /** Runs until every accepted fact was seen, or nothing new was seen for a minute. */
    void run() throws InterruptedException {
        Set<Unseen> unseen = new LinkedHashSet<>();
        long lastSeen = System.nanoTime();
        int asking = 0;
        try {
            while (true) {
                for (Accepted next = accepted.poll(); next != null; next = accepted.poll()) {
                    unseen.add(new Unseen(next));
                }
                long now = System.nanoTime();
                Iterator<Unseen> oldestFirst = unseen.iterator();
                for (int looked = 0; asking < MAX_ASKING && looked < SCAN && oldestFirst.hasNext(); looked++) {
                    Unseen fact = oldestFirst.next();
                    if (!fact.asking && fact.askAt <= now) {
                        ask(fact);
                        asking++;
                        questions.incrementAndGet();
                    }
                }
                if (unseen.isEmpty() && inFlight.get() == 0 && now - lastSeen > TimeUnit.SECONDS.toNanos(1)) {
                    return;
                }
                if (now - lastSeen > LOST_AFTER.toNanos()) {
                    report.progress("freshness: " + (unseen.size() + inFlight.get())
                            + " accepted facts never showed");
                    return;
                }
                for (Reply reply = replies.poll(1, TimeUnit.MILLISECONDS); reply != null; reply = replies.poll()) {
                    asking--;
                    Unseen fact = reply.about();
                    fact.asking = false;
                    if (reply.found()) {
                        latencies.recordValue(Math.max(0, (reply.at() - fact.fact.answeredAt()) / 1_000));
                        unseen.remove(fact);
                        inFlight.decrementAndGet();
                        lastSeen = reply.at();
                    } else {
                        long age = reply.at() - fact.fact.answeredAt();
                        fact.askAt = reply.at() + Math.max(age / 10, TimeUnit.MILLISECONDS.toNanos(ASK_AGAIN_MS));
                    }
                }
            }
        } finally {
            report.progress(String.format(Locale.ROOT, "freshness poller: %d GETs for %d facts seen",
                    questions.get(), latencies.getTotalCount()));
        }
    }

    /**
     * Whether the poller was behind the projection: nearly every fact was there at its first GET, so it was asked
     * about late, and its latency is the poller's as much as the service's.
     */
    boolean wasBehind() {
        return questions.get() < 1.05 * latencies.getTotalCount();
    }

    private void ask(Unseen fact) {
        fact.asking = true;
        http.getAsyncDiscarding(projection.resolve("/api/timeline/" + fact.fact.id()))
                .whenComplete((answer, error) -> replies.add(
                        new Reply(fact, error == null && answer.statusCode() == 200, System.nanoTime())));
    }
}
