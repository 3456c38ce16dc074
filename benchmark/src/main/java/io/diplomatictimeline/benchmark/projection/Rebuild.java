package io.diplomatictimeline.benchmark.projection;

import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * rebuild_rate: {@code POST /api/admin/replay} (scope timeline:admin), then {@code GET /api/admin/replay} until it
 * says done. The time runs from sending the POST (which empties the read models before it answers) to the first
 * answer saying done; polled every 100 ms, which is what the figure's resolution is.
 */
public final class Rebuild {

    private static final Duration STALL = Duration.ofMinutes(2);

    private final Http http;
    private final URI projection;
    private final Report report;

    public Rebuild(Http http, URI projection, Report report) {
        this.http = http;
        this.projection = projection;
        this.report = report;
    }

    public record Outcome(long events, double seconds) {
        public double rate() {
            return events / seconds;
        }
    }

    public Outcome run(long expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = http.post(projection.resolve("/api/admin/replay"), "application/json",
                new byte[0], Duration.ofMinutes(10));
        if (answer.statusCode() != 202) {
            throw new IllegalStateException("POST /api/admin/replay answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        report.progress(String.format("replay started (%.1f s to empty the read models)",
                (System.nanoTime() - start) / 1e9));
        long lastApplied = -1;
        long lastChange = System.nanoTime();
        long lastProgress = lastChange;
        while (true) {
            ReplayStatus status = ReplayStatus.read(http, projection);
            long now = System.nanoTime();
            if ("done".equals(status.state())) {
                if (status.applied() < expected) {
                    throw new IllegalStateException("replay said done with " + status.applied() + " of " + expected
                            + " facts applied");
                }
                return new Outcome(status.applied(), (now - start) / 1e9);
            }
            if (status.applied() != lastApplied) {
                lastApplied = status.applied();
                lastChange = now;
            } else if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("replay stopped at " + status.applied() + " of " + expected);
            }
            if (now - lastProgress > 5_000_000_000L) {
                lastProgress = now;
                report.progress("replaying: " + status.applied() + " of " + expected);
            }
            Thread.sleep(100);
        }
    }
}
