package io.diplomatictimeline.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Clients posting facts without pause, round-robin over every timeline-service instance, as the README tells clients
 * to write: each fact with an Idempotency-Key of its own and no id, and, when it is not answered 2xx (the instance is
 * gone, the database is away, the key is still in flight), the same fact with the same key again, on the next
 * instance, until it is. Every fact a client was told was accepted must be stored, published and projected once;
 * since every fact is retried until accepted, the facts stored on these tracks are exactly the facts accepted.
 */
final class RetryingLoad implements AutoCloseable {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final List<URI> instances;
    private final List<String> tracks;
    private final Map<UUID, String> accepted = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    RetryingLoad(List<ServiceProcess> timelines, List<String> tracks, int clientCount) {
        this.instances = timelines.stream().map(timeline -> timeline.uri("/api/events")).toList();
        this.tracks = tracks;
        clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            clients.submit(() -> {
                while (running.get()) {
                    post();
                }
            });
        }
    }

    /** One fact, retried until accepted (or refused for a reason no retry mends, which should never happen). */
    private void post() {
        String key = UUID.randomUUID().toString();
        String track = tracks.get(Math.floorMod(key.hashCode(), tracks.size()));
        String body = Facts.disputeRaised(track);
        while (true) {
            URI instance = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
            int status;
            try {
                Api.Answer answer = Api.post(instance, body, SystemStack.WRITE_TOKEN, Map.of("Idempotency-Key", key));
                status = answer.status();
                if (status / 100 == 2) {
                    accepted.put(UUID.fromString(answer.body().get("id").asText()), track);
                    return;
                }
            } catch (RuntimeException unreachable) {
                status = 0;
            }
            if (status != 0 && status != 409 && status != 429 && status < 500) {
                refused.incrementAndGet();
                return;
            }
            retries.incrementAndGet();
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    /** The facts answered 2xx so far, with their tracks. */
    Map<UUID, String> accepted() {
        return Map.copyOf(accepted);
    }

    Set<UUID> acceptedIds() {
        return Set.copyOf(accepted.keySet());
    }

    long retries() {
        return retries.get();
    }

    long refused() {
        return refused.get();
    }

    /** Stops posting new facts; each client first sees its last one accepted. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        if (!clients.awaitTermination(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("a client could not get its last fact accepted in 3 minutes");
        }
    }
}
