package io.diplomatictimeline.benchmark.ingest;

import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the facts of the plan that the bulk load left (all of them when there is no bulk endpoint) through single
 * {@code POST /api/events}, from a fixed number of clients. Slow, but it works on any build; not a measurement.
 */
public final class SingleLoad {

    private static final String END = "";

    private final Http http;
    private final URI endpoint;
    private final Report report;

    public SingleLoad(Http http, URI timeline, Report report) {
        this.http = http;
        this.endpoint = timeline.resolve("/api/events");
        this.report = report;
    }

    /** @return the facts accepted */
    public long load(DataPlan plan, BitSet batches, int batchSize, int clients) throws Exception {
        BlockingQueue<String> bodies = new ArrayBlockingQueue<>(clients * 16);
        AtomicLong accepted = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService posters = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            posters.execute(() -> post(bodies, accepted, failure));
        }
        long start = System.nanoTime();
        long[] lastProgress = {start};
        long planned = (long) batches.cardinality() * batchSize;
        try {
            plan.forEach(fact -> {
                if (failure.get() != null || !batches.get(BulkLoad.batchOf(fact.n(), batchSize))) {
                    return;
                }
                bodies.put(Facts.json(Facts.body(fact.track(), fact.occurredOn(), fact.n())));
                if (System.nanoTime() - lastProgress[0] > 5_000_000_000L) {
                    lastProgress[0] = System.nanoTime();
                    report.progress(String.format("single-POST load: %d of about %d facts accepted, %.0f/s",
                            accepted.get(), planned, accepted.get() / ((System.nanoTime() - start) / 1e9)));
                }
            });
        } finally {
            for (int i = 0; i < clients; i++) {
                bodies.put(END);
            }
            posters.shutdown();
            posters.awaitTermination(1, TimeUnit.HOURS);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("loading through POST /api/events failed: " + failure.get());
        }
        report.progress(String.format("single-POST load: %d facts in %.1f s", accepted.get(),
                (System.nanoTime() - start) / 1e9));
        return accepted.get();
    }

    private void post(BlockingQueue<String> bodies, AtomicLong accepted, AtomicReference<String> failure) {
        try {
            for (String body = bodies.take(); !body.equals(END); body = bodies.take()) {
                if (failure.get() != null) {
                    continue;
                }
                HttpResponse<String> answer = http.post(endpoint, "application/json",
                        body.getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(2));
                if (answer.statusCode() == 201) {
                    accepted.incrementAndGet();
                } else {
                    failure.compareAndSet(null, answer.statusCode() + " " + BulkLoad.abbreviate(answer.body()));
                }
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e.toString());
        }
    }
}
