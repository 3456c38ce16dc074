package io.diplomatictimeline.projection.replay;

import io.diplomatictimeline.projection.consumption.FactStream;
import io.diplomatictimeline.projection.consumption.FactStreamUnavailableException;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.ReadModelVersion;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every read model from the first record of the fact topic: stop consuming, rewind the consumer group to
 * the beginning, empty the read models and the applied events, consume again. Queries go on meanwhile, and answer
 * from the read models as far as they are rebuilt.
 *
 * <p>The order of the steps makes a crash at any point harmless: the offsets are rewound before the read models are
 * emptied, so a crash in between re-reads facts that are all applied already and changes nothing; a crash while they
 * are emptied is finished at the next start ({@link FactProjections#forgetEverything()}); a crash after it resumes
 * the rebuild from the group's committed offsets, like any restart.
 */
@Component
class Replay {

    private static final Logger log = LoggerFactory.getLogger(Replay.class);
    /**
     * How long a count of the applied facts may serve again while facts are still coming. Counting them is a scan of
     * a million rows on H2 while the consumer writes; polled every 100 ms during a rebuild it took a sixth of the
     * service's time (issue 6's profile). Once nothing is behind, every answer counts afresh.
     */
    private static final Duration COUNT_REUSED_FOR = Duration.ofSeconds(1);

    private final FactStream stream;
    private final FactProjections projections;
    private final ReadModelVersion version;
    private Run run;
    private long lastCount;
    private Instant lastCountedAt = Instant.MIN;

    Replay(FactStream stream, FactProjections projections, ReadModelVersion version) {
        this.stream = stream;
        this.projections = projections;
        this.version = version;
    }

    /**
     * @throws ReplayRunningException while the last replay has not finished
     * @throws io.diplomatictimeline.projection.consumption.RewindRefusedException when the group cannot be rewound
     */
    synchronized ReplayStatus start() {
        if (run != null && run.finishedAt() == null) {
            if (stream.backlog(run.end()).behind() > 0) {
                throw new ReplayRunningException(run.startedAt());
            }
        }
        stream.stop();
        try {
            FactStream.EndOffsets end = stream.rewindToBeginning();
            try {
                projections.forgetEverything();
            } finally {
                // The change log's position stays where it was, so nothing else would tell a client its copy is gone.
                // Even on failure: H2 empties table after table, and one that failed half-way has changed some.
                version.changed();
            }
            run = new Run(Instant.now(), end, null);
            log.info("Replay started: read models emptied, consumer group rewound to the first record");
        } finally {
            stream.start();
        }
        return status();
    }

    synchronized ReplayStatus status() {
        FactStream.Backlog backlog;
        try {
            backlog = stream.backlog(run == null ? null : run.end());
        } catch (FactStreamUnavailableException e) {
            log.debug("Replay status without lag: {}", e.getMessage());
            backlog = null;
        }
        // Counted after the backlog: offsets are committed after the facts' transactions, so a backlog read first
        // can never claim a fact the count has not seen yet.
        long applied = appliedCount(backlog == null || backlog.behind() > 0);
        if (run == null) {
            return new ReplayStatus("idle", null, null, applied, backlog == null ? null : backlog.lag());
        }
        if (run.finishedAt() == null && backlog != null && backlog.behind() == 0) {
            run = new Run(run.startedAt(), run.end(), Instant.now());
            log.info("Replay done: {} facts applied", applied);
        }
        return new ReplayStatus(run.finishedAt() == null ? "replaying" : "done", run.startedAt(), run.finishedAt(),
                applied, backlog == null ? null : backlog.lag());
    }

    /** Synchronized: status is asked from any request thread, and the count and its time go together. */
    private synchronized long appliedCount(boolean factsStillComing) {
        Instant now = Instant.now();
        if (!factsStillComing || now.isAfter(lastCountedAt.plus(COUNT_REUSED_FOR))) {
            lastCount = projections.appliedCount();
            lastCountedAt = now;
        }
        return lastCount;
    }

    private record Run(Instant startedAt, FactStream.EndOffsets end, Instant finishedAt) {
    }
}
