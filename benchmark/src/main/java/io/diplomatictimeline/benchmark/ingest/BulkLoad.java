package io.diplomatictimeline.benchmark.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the plan through {@code POST /api/events:batch} (the contract of BENCH-CONTRACT.md: a JSON array of up to
 * 1000 fact bodies, 201 with {@code accepted}), a few requests at a time. Its rate is ingest_bulk. A 404 or 405 on the
 * first request means the endpoint is not in this build: nothing is counted and every batch is left for single POSTs.
 */
public final class BulkLoad {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final URI endpoint;
    private final Report report;

    public BulkLoad(Http http, URI timeline, Report report) {
        this.http = http;
        this.endpoint = timeline.resolve("/api/events:batch");
        this.report = report;
    }

    public BulkOutcome load(DataPlan plan, int batchSize, int clients) throws Exception {
        int batches = (plan.total() + batchSize - 1) / batchSize;
        BitSet notAccepted = new BitSet(batches);
        notAccepted.set(0, batches);
        AtomicLong accepted = new AtomicLong();
        AtomicReference<BulkOutcome> stopped = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(clients);
        ExecutorService senders = Executors.newFixedThreadPool(clients);
        ArrayNode[] current = {JSON.createArrayNode()};
        int[] batchIndex = {0};
        long start = System.nanoTime();
        long[] lastProgress = {start};
        try {
            plan.forEach(planned -> {
                if (stopped.get() != null) {
                    return;
                }
                current[0].add(Facts.body(planned.track(), planned.occurredOn(), planned.n()));
                if (current[0].size() == batchSize || planned.n() == plan.total() - 1) {
                    byte[] body = JSON.writeValueAsBytes(current[0]);
                    int size = current[0].size();
                    int index = batchIndex[0]++;
                    current[0] = JSON.createArrayNode();
                    // The first request alone: it tells whether the endpoint exists.
                    if (index == 0) {
                        send(body, size, index, notAccepted, accepted, stopped);
                        return;
                    }
                    inFlight.acquire();
                    senders.execute(() -> {
                        try {
                            send(body, size, index, notAccepted, accepted, stopped);
                        } finally {
                            inFlight.release();
                        }
                    });
                    if (System.nanoTime() - lastProgress[0] > 5_000_000_000L) {
                        lastProgress[0] = System.nanoTime();
                        report.progress(String.format("bulk load: %d of %d facts accepted, %.0f/s", accepted.get(),
                                plan.total(), accepted.get() / ((System.nanoTime() - start) / 1e9)));
                    }
                }
            });
        } finally {
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.HOURS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BulkOutcome outcome = stopped.get();
        if (outcome != null) {
            return new BulkOutcome(outcome.state(), accepted.get(), seconds, notAccepted, outcome.detail());
        }
        return new BulkOutcome(BulkOutcome.DONE, accepted.get(), seconds, notAccepted, null);
    }

    private void send(byte[] body, int size, int index, BitSet notAccepted, AtomicLong accepted,
                      AtomicReference<BulkOutcome> stopped) {
        if (stopped.get() != null) {
            return;
        }
        try {
            HttpResponse<String> answer = http.post(endpoint, "application/json", body, Duration.ofMinutes(5));
            if (answer.statusCode() == 201) {
                JsonNode receipt = JSON.readTree(answer.body());
                long count = receipt.path("accepted").asLong(-1);
                if (count != size) {
                    stopped.compareAndSet(null, failed("a batch of " + size + " facts was answered 201 with accepted="
                            + count + ": " + abbreviate(answer.body())));
                    return;
                }
                accepted.addAndGet(count);
                synchronized (notAccepted) {
                    notAccepted.clear(index);
                }
            } else if (index == 0 && (answer.statusCode() == 404 || answer.statusCode() == 405)) {
                stopped.compareAndSet(null, new BulkOutcome(BulkOutcome.ABSENT, 0, 0, null,
                        "POST " + endpoint.getPath() + " answered " + answer.statusCode()
                                + ": this build has no bulk endpoint; every fact was loaded through single POSTs"));
            } else {
                stopped.compareAndSet(null, failed("POST " + endpoint.getPath() + " answered " + answer.statusCode()
                        + ": " + abbreviate(answer.body())));
            }
        } catch (Exception e) {
            stopped.compareAndSet(null, failed("POST " + endpoint.getPath() + " failed: " + e));
        }
    }

    private static BulkOutcome failed(String detail) {
        return new BulkOutcome(BulkOutcome.FAILED, 0, 0, null, detail);
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 500 ? flat : flat.substring(0, 500) + "...";
    }

    /** For the other loaders: the batch a planned fact belongs to. */
    public static int batchOf(long n, int batchSize) {
        return (int) (n / batchSize);
    }

}
