package io.diplomatictimeline.benchmark.freshness;

import io.diplomatictimeline.benchmark.load.PooledHttp;
import io.diplomatictimeline.benchmark.report.Report;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Finds when each fact it follows first answers 200 on {@code GET /api/timeline/{id}}. {@value #ASKERS} threads ask,
 * each waiting on one GET; a question is due {@value #ASK_AGAIN_MS} ms after the fact's 201, and again, while the
 * fact is not there, after a tenth of its age and no sooner than {@value #ASK_AGAIN_MS} ms. So each latency is found
 * to within 10% or {@value #ASK_AGAIN_MS} ms, too long and never too short, as long as the askers keep up: how late
 * they took their questions is measured ({@link #lateP99Ms()}).
 * <p>
 * History: until 2026-11-28 the poller asked about 8 ids per round and waited for the round's slowest answer; then it
 * kept 32 asynchronous GETs in flight about every fact. Both asked late on two busy cores, and measured their own
 * backlog as much as the service (freshness of 4.6 to 37 s, while a {@code curl} probe saw facts 200-270 ms after
 * their 201).
 */
final class VisibilityPoller {

    static final int ASKERS = 8;
    static final int ASK_AGAIN_MS = 20;
    private static final long ASK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(ASK_AGAIN_MS);
    private static final Duration LOST_AFTER = Duration.ofSeconds(60);

    private final PooledHttp http;
    private final URI projection;
    private final Report report;
    private final DelayQueue<Question> questions = new DelayQueue<>();
    private final Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final Histogram lateness = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong followed = new AtomicLong();
    private final AtomicLong gets = new AtomicLong();
    private final AtomicLong lastSeen = new AtomicLong(System.nanoTime());
    private final List<Thread> askers = new ArrayList<>();
    private volatile boolean stopping;

    VisibilityPoller(PooledHttp http, URI projection, Report report) {
        this.http = http;
        this.projection = projection;
        this.report = report;
    }

    /** A question about one fact, due at {@code askAt} (in {@link System#nanoTime()}). */
    private record Question(String id, long answeredAt, long askAt) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(askAt - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(askAt, ((Question) other).askAt);
        }
    }

    void start() {
        for (int i = 0; i < ASKERS; i++) {
            Thread asker = new Thread(this::ask, "freshness-asker-" + i);
            asker.setDaemon(true);
            asker.start();
            askers.add(asker);
        }
    }

    /** Follows a fact whose POST was answered 201 at {@code answeredAt} ({@link System#nanoTime()}). */
    void follow(String id, long answeredAt) {
        followed.incrementAndGet();
        questions.add(new Question(id, answeredAt, answeredAt + ASK_AGAIN_NANOS));
    }

    /**
     * Returns once every fact followed was seen, or when none was seen for a minute, and stops the askers.
     *
     * @return how many facts followed were never seen
     */
    long awaitAll() throws InterruptedException {
        try {
            while (seen() < followed.get()) {
                if (System.nanoTime() - lastSeen.get() > LOST_AFTER.toNanos()) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
        } finally {
            stopping = true;
            for (Thread asker : askers) {
                asker.join();
            }
            report.progress(String.format(Locale.ROOT,
                    "freshness poller: %d GETs for %d of %d facts followed; questions taken late by %.1f ms at p99",
                    gets.get(), seen(), followed.get(), lateP99Ms()));
        }
        return followed.get() - seen();
    }

    long followed() {
        return followed.get();
    }

    synchronized long seen() {
        return latencies.getTotalCount();
    }

    synchronized double percentileMs(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e3;
    }

    synchronized double maxMs() {
        return latencies.getMaxValue() / 1e3;
    }

    /** How late, at the 99th percentile, the askers took their questions: what the figures may be too long by. */
    synchronized double lateP99Ms() {
        return lateness.getValueAtPercentile(99) / 1e3;
    }

    private void ask() {
        try {
            while (!stopping) {
                Question question = questions.poll(100, TimeUnit.MILLISECONDS);
                if (question != null) {
                    ask(question);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ask(Question question) {
        long takenAt = System.nanoTime();
        int status;
        try {
            status = http.getStatus(projection.resolve("/api/timeline/" + question.id()));
        } catch (IOException e) {
            status = -1;
        }
        gets.incrementAndGet();
        long at = System.nanoTime();
        synchronized (this) {
            lateness.recordValue(Math.max(0, takenAt - question.askAt()) / 1_000);
            if (status == 200) {
                latencies.recordValue((at - question.answeredAt()) / 1_000);
            }
        }
        if (status == 200) {
            lastSeen.set(at);
        } else {
            long age = at - question.answeredAt();
            questions.add(new Question(question.id(), question.answeredAt(), at + Math.max(age / 10, ASK_AGAIN_NANOS)));
        }
    }
}
