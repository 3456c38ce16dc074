package io.diplomatictimeline.benchmark.stream;

import io.diplomatictimeline.benchmark.facts.Facts;
import io.diplomatictimeline.benchmark.load.PooledHttp;
import io.diplomatictimeline.benchmark.memory.PeakRss;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * stream_p50_ms, stream_p99_ms, stream_rss_projection_mb: many clients follow {@code GET /api/timeline/stream} of one
 * track while facts are posted to it at a steady rate (open loop). A delivery's latency runs from the fact's 201
 * arriving at the driver to its event arriving on a stream (an event that comes before the 201 counts as 0 ms); every
 * stream must receive every fact of the measurement. The projection's resident memory (VmRSS) is sampled every second
 * of the phase, and its peak reported.
 */
public final class StreamFanOut {

    private static final int POSTERS = 16;
    private static final String DATA = "data: {\"id\":\"";

    private final String token;
    private final URI events;
    private final URI projection;
    private final long projectionPid;

    public StreamFanOut(String token, URI timeline, URI projection, long projectionPid) {
        this.token = token;
        this.events = timeline.resolve("/api/events");
        this.projection = projection;
        this.projectionPid = projectionPid;
    }

    /**
     * @param delivered events received for facts of the measurement, over all streams
     * @param expected  accepted facts of the measurement times the streams open
     */
    public record Outcome(int streams, long accepted, long expected, long delivered, double p50Ms, double p99Ms,
                          double maxMs, double rssMb, double postRate) {
    }

    public Outcome run(int streams, int rate, Duration warmup, Duration measure) throws Exception {
        String track = "bench-live-" + UUID.randomUUID().toString().substring(0, 8);
        // Fact id -> when its 201 arrived (0 while it has not); only facts of the measurement are in it.
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        LatencyHistogram latencies = new LatencyHistogram();
        AtomicLong delivered = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        ExecutorService io = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io).build();
        List<Reader> readers = new ArrayList<>();
        // A stream is open once its first line (the service's ": connected") has come: it is registered by then.
        CountDownLatch connected = new CountDownLatch(streams);
        URI stream = projection.resolve("/api/timeline/stream?track=" + track);
        for (int i = 0; i < streams; i++) {
            Reader reader = new Reader(acceptedAt, latencies, delivered, connected);
            readers.add(reader);
            client.sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                    response -> {
                        if (response.statusCode() != 200) {
                            refused.incrementAndGet();
                            connected.countDown();
                        }
                        return HttpResponse.BodySubscribers.fromLineSubscriber(reader);
                    });
        }
        try {
            if (!connected.await(120, TimeUnit.SECONDS) || refused.get() > 0) {
                throw new IllegalStateException(refused.get() + " streams were refused, "
                        + connected.getCount() + " did not open in 120 s");
            }
            return measure(streams, rate, warmup, measure, track, acceptedAt, latencies, delivered);
        } finally {
            readers.forEach(Reader::cancel);
            io.shutdownNow();
        }
    }

    private Outcome measure(int streams, int rate, Duration warmup, Duration measure, String track,
                            Map<String, Long> acceptedAt, LatencyHistogram latencies, AtomicLong delivered)
            throws Exception {
        PeakRss memory = new PeakRss(projectionPid, Duration.ofSeconds(1), "stream-rss");
        long accepted;
        double postRate;
        try (PooledHttp http = new PooledHttp(token, POSTERS)) {
            ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
            long warmupFacts = rate * warmup.toSeconds();
            long total = warmupFacts + rate * measure.toSeconds();
            long interval = 1_000_000_000L / rate;
            AtomicLong acceptedCount = new AtomicLong();
            long start = System.nanoTime();
            long measuredFrom = start + warmup.toNanos();
            for (long n = 0; n < total; n++) {
                long wait = start + n * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String id = UUID.randomUUID().toString();
                boolean measured = n >= warmupFacts;
                if (measured) {
                    acceptedAt.put(id, 0L);
                }
                byte[] body = Facts.json(Facts.body(track, Facts.scattered(n), n).put("id", id))
                        .getBytes(StandardCharsets.UTF_8);
                posters.execute(() -> post(http, body, id, measured, acceptedAt, acceptedCount));
            }
            postRate = rate * measure.toSeconds() / ((System.nanoTime() - measuredFrom) / 1e9);
            posters.shutdown();
            posters.awaitTermination(60, TimeUnit.SECONDS);
            accepted = acceptedCount.get();
        }
        long expected = accepted * streams;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        double rss = memory.stop();
        return new Outcome(streams, accepted, expected, delivered.get(), latencies.percentileMs(50),
                latencies.percentileMs(99), latencies.percentileMs(100), rss, postRate);
    }

    private void post(PooledHttp http, byte[] body, String id, boolean measured, Map<String, Long> acceptedAt,
                      AtomicLong acceptedCount) {
        try {
            PooledHttp.Answer answer = http.postJson(events, body);
            if (answer.status() == 201 && measured) {
                // An event that came first already counted 0 ms; the time is kept for the streams still waiting.
                acceptedAt.replace(id, 0L, System.nanoTime());
                acceptedCount.incrementAndGet();
            } else if (answer.status() != 201) {
                acceptedAt.remove(id);
            }
        } catch (IOException e) {
            acceptedAt.remove(id);
        }
    }

    /** One stream's lines: the id of each event's entry, read from the start of its data line. */
    private static final class Reader implements Flow.Subscriber<String> {

        private final Map<String, Long> acceptedAt;
        private final LatencyHistogram latencies;
        private final AtomicLong delivered;
        private final CountDownLatch connected;
        private volatile Flow.Subscription subscription;
        private boolean opened;

        Reader(Map<String, Long> acceptedAt, LatencyHistogram latencies, AtomicLong delivered,
               CountDownLatch connected) {
            this.acceptedAt = acceptedAt;
            this.latencies = latencies;
            this.delivered = delivered;
            this.connected = connected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!opened) {
                opened = true;
                connected.countDown();
            }
            if (!line.startsWith(DATA)) {
                return;
            }
            long now = System.nanoTime();
            int end = line.indexOf('"', DATA.length());
            Long accepted = acceptedAt.get(line.substring(DATA.length(), end));
            if (accepted != null) {
                latencies.record(accepted == 0 ? 0 : now - accepted);
                delivered.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
