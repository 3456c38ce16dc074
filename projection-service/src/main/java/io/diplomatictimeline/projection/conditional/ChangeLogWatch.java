package io.diplomatictimeline.projection.conditional;

import io.diplomatictimeline.projection.readmodel.ChangeLog;
import io.diplomatictimeline.projection.readmodel.ChangesCommitted;
import io.diplomatictimeline.projection.readmodel.ReadModelVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the read-model version how far the change log reaches: right after each commit of this instance's consumer,
 * so its own changes make tags stale at once, and every poll interval, for the commits of other instances on the same
 * database (a cluster: each instance consumes some partitions, and every one answers for all of them). One
 * single-row read each time, whatever the number of requests.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(ConditionalReadsProperties.class)
class ChangeLogWatch {

    private static final Logger log = LoggerFactory.getLogger(ChangeLogWatch.class);

    private final ChangeLog changeLog;
    private final ReadModelVersion version;

    ChangeLogWatch(ChangeLog changeLog, ReadModelVersion version) {
        this.changeLog = changeLog;
        this.version = version;
    }

    /** On the consumer's thread, after its transaction committed. */
    @EventListener
    void on(ChangesCommitted committed) {
        try {
            version.logReaches(changeLog.lastPosition());
        } catch (RuntimeException e) {
            // Something committed, whatever the position: the tags must not outlive it.
            version.changed();
        }
    }

    @Scheduled(fixedDelayString = "${projection.conditional-reads.poll-interval}")
    void look() {
        try {
            version.logReaches(changeLog.lastPosition());
        } catch (RuntimeException e) {
            // The database may be away for a moment; queries fail meanwhile, and the next look catches up.
            log.debug("Could not read the change log's position: {}", e.toString());
        }
    }
}
