package io.diplomatictimeline.timeline.publication;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timeline-service instances that share publication, and the segments this one holds, as their database sees
 * them. Each notes itself in publication_instance every second; one not seen for
 * {@code timeline.kafka.instance-timeout} is gone. Axon has no balancing of segments without Axon Server, so each
 * instance claims at most its fair share of the processor's segments: every instance publishes, and when one is gone
 * the others' shares grow and they take its segments as its claims expire. Times are the database's, so the
 * instances' clocks do not matter.
 */
@Component
class PublicationInstances implements MaxSegmentProvider {

    /** This instance, named as Axon's token store names the owner of a claim. */
    static final String ID = ManagementFactory.getRuntimeMXBean().getName();
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(PublicationInstances.class);

    private final JdbcClient jdbc;
    private final Duration timeout;
    private volatile int live = 1;
    private volatile int segments;
    private volatile Set<Integer> claimed = Set.of();

    PublicationInstances(JdbcClient jdbc, PublicationProperties properties) {
        this.jdbc = jdbc;
        this.timeout = properties.instanceTimeout();
    }

    @Scheduled(fixedDelay = 1000)
    void heartbeat() {
        try {
            if (jdbc.sql("UPDATE publication_instance SET seen_at = CURRENT_TIMESTAMP WHERE instance_id = ?")
                    .param(ID).update() == 0) {
                jdbc.sql("INSERT INTO publication_instance (instance_id, seen_at) VALUES (?, CURRENT_TIMESTAMP)")
                        .param(ID).update();
            }
            OffsetDateTime now = jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
            List<OffsetDateTime> seen = jdbc.sql("SELECT seen_at FROM publication_instance")
                    .query(OffsetDateTime.class).list();
            live = (int) Math.max(1, seen.stream().filter(at -> at.isAfter(now.minus(timeout))).count());
            jdbc.sql("DELETE FROM publication_instance WHERE seen_at < ?").param(now.minus(FORGOTTEN_AFTER)).update();
            // One read of the token store's rows gives both: every segment, and those whose claim is this instance's.
            Map<Integer, String> owners = new HashMap<>();
            jdbc.sql("SELECT segment, owner FROM TokenEntry WHERE processorName = ?").param(KafkaFactPublisher.GROUP)
                    .query(row -> { owners.put(row.getInt("segment"), row.getString("owner")); });
            segments = owners.size();
            claimed = owners.entrySet().stream().filter(owner -> ID.equals(owner.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (DataAccessException e) {
            // The database is away: keep the last shares; claims cannot change meanwhile anyway.
            log.debug("Could not note this instance in publication_instance: {}", e.toString());
        }
    }

    /** Instances seen within the timeout, this one included. */
    int live() {
        return live;
    }

    /**
     * The segments whose claim this instance owns in the token store. Not the processor's own status: Axon 4.13 keeps
     * a segment's status after a failed release (the database away), so an instance would go on reporting segments
     * another instance has since claimed.
     */
    Set<Integer> claimed() {
        return claimed;
    }

    /** Until the segments exist (the first start), as many as there will be: nothing to share yet. */
    @Override
    public int getMaxSegments(String processor) {
        int total = segments;
        return total == 0 ? Short.MAX_VALUE : (total + live - 1) / live;
    }

    /** Gone at once on an orderly stop, so the others need not wait for the timeout. */
    @PreDestroy
    void leave() {
        try {
            jdbc.sql("DELETE FROM publication_instance WHERE instance_id = ?").param(ID).update();
        } catch (DataAccessException e) {
            log.debug("Could not remove this instance from publication_instance: {}", e.toString());
        }
    }
}
