package io.diplomatictimeline.benchmark.projection;

import io.diplomatictimeline.benchmark.load.Http;
import io.diplomatictimeline.benchmark.report.Report;
import java.net.URI;
import java.time.Duration;

/**
 * Waits until projection-service has applied every fact timeline-service accepted, so that no phase is measured
 * while the projection still works through the facts of the one before.
 */
public final class CatchUp {

    /** Without progress for this long the projection is taken to be stuck, and the run fails. */
    private static final Duration STALL = Duration.ofMinutes(2);

    private final Http http;
    private final URI projection;
    private final AcceptedFacts accepted;
    private final Report report;

    public CatchUp(Http http, URI projection, AcceptedFacts accepted, Report report) {
        this.http = http;
        this.projection = projection;
        this.accepted = accepted;
        this.report = report;
    }

    /** @return how many facts the read models hold */
    public long await(String before) throws Exception {
        long start = System.nanoTime();
        long lastApplied = -1;
        long lastChange = start;
        long lastProgress = start;
        while (true) {
            long expected = accepted.count();
            long applied = ReplayStatus.read(http, projection).applied();
            if (applied >= expected) {
                report.progress(String.format("projection caught up before %s: %d facts (waited %.1f s)", before,
                        applied, (System.nanoTime() - start) / 1e9));
                return applied;
            }
            long now = System.nanoTime();
            if (applied != lastApplied) {
                lastApplied = applied;
                lastChange = now;
            } else if (now - lastChange > STALL.toNanos()) {
                throw new IllegalStateException("projection-service stopped at " + applied + " of " + expected
                        + " facts for " + STALL.toSeconds() + " s");
            }
            if (now - lastProgress > 5_000_000_000L) {
                lastProgress = now;
                report.progress("waiting for the projection before " + before + ": " + applied + " of " + expected);
            }
            Thread.sleep(200);
        }
    }
}
