package io.diplomatictimeline.system;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients posting facts without pause, spread over a few tracks, remembering which ones the service accepted
 * (answered 2xx): the facts that must never be lost, whatever is killed meanwhile.
 */
final class Load implements AutoCloseable {

    private static final List<String> TRACKS = List.of("faults-a", "faults-b", "faults-c", "faults-d", "faults-e");

    private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    Load(URI events, int clientCount) {
        clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            clients.submit(() -> {
                while (running.get()) {
                    post(events);
                }
            });
        }
    }

    private void post(URI events) {
        UUID id = UUID.randomUUID();
        String track = TRACKS.get(Math.floorMod(id.hashCode(), TRACKS.size()));
        try {
            Api.Answer answer = Api.post(events, Facts.disputeRaised(id, track));
            if (answer.status() / 100 == 2) {
                accepted.add(id);
            } else {
                refused.incrementAndGet();
            }
        } catch (RuntimeException serviceDown) {
            refused.incrementAndGet();
        }
    }

    Set<UUID> accepted() {
        return Set.copyOf(accepted);
    }

    long refused() {
        return refused.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
    }
}
