package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster under faults, each under load posted round-robin to both timeline-service instances by clients that
 * retry with an Idempotency-Key: an instance of each service killed with SIGKILL, a broker killed, PostgreSQL
 * restarted. After each, every fact a client was told was accepted is in the event store once, on the topic in its
 * track's order, and in the read model exactly once (the digests of the event store and of both projection-service
 * instances are equal), and no partition or segment is left unclaimed.
 * <p>
 * PostgreSQL is stopped and started with {@code CLUSTER_TESTS_POSTGRES_STOP} and {@code CLUSTER_TESTS_POSTGRES_START},
 * by default this machine's {@code pg_ctlcluster --skip-systemctl-redirect <version> main stop|start} (as root).
 */
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultsIT {

    private static final List<String> TRACKS = IntStream.range(0, 8).mapToObj(i -> "cluster-faults-" + i).toList();
    private static final int CLIENTS = 4;
    private static final Map<UUID, String> acceptedSoFar = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(ClusterFaultsIT.class);

    private final ClusterStack stack = ClusterStack.get();

    @Test
    @Order(1)
    void killingATimelineServiceInstanceHandsItsSegmentsToTheOtherWithinSecondsAndLosesNothing() throws Exception {
        ServiceProcess victim = stack.timelines().get(0);
        ServiceProcess survivor = stack.timelines().get(1);
        RetryingLoad load = new RetryingLoad(stack.timelines(), TRACKS, CLIENTS);
        try (load) {
            awaitAccepted(load, 100);
            victim.kill();
            Instant killed = Instant.now();
            await("the survivor publishing every segment").atMost(Duration.ofSeconds(60))
                    .until(() -> ClusterChecks.segmentsClaimed(survivor) == 4);
            Duration handover = Duration.between(killed, Instant.now());
            log.info("The survivor claimed every segment {} ms after the kill", handover.toMillis());
            assertThat(handover).as("segments handed over").isLessThan(Duration.ofSeconds(20));
            awaitAccepted(load, load.accepted().size() + 100);

            victim.start();
            victim.awaitHealthy();
            await("the segments shared again").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(stack.timelines().stream().map(ClusterChecks::segmentsClaimed)).containsExactly(2.0, 2.0));
            awaitAccepted(load, load.accepted().size() + 50);
        }
        assertEveryAcceptedFactStoredPublishedAndProjectedOnce(load);
    }

    @Test
    @Order(2)
    void killingABrokerKeepsTheTopicWritableAndLosesNothing() throws Exception {
        KafkaBrokerProcess victim = stack.brokers().get(1);
        RetryingLoad load = new RetryingLoad(stack.timelines(), TRACKS, CLIENTS);
        try (load) {
            awaitAccepted(load, 50);
            victim.kill();
            Set<UUID> before = load.acceptedIds();
            awaitAccepted(load, before.size() + 100);
            // With two brokers of three the topic takes writes: facts accepted now reach the read model now.
            List<UUID> afterTheKill = load.acceptedIds().stream().filter(id -> !before.contains(id)).limit(20).toList();
            await("facts accepted without the broker, in the read model").atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> afterTheKill.forEach(id -> assertThat(Api.get(stack.projections().get(0)
                            .uri("/api/timeline/" + id)).status()).as("fact %s", id).isEqualTo(200)));
            victim.start();
            awaitAccepted(load, load.accepted().size() + 50);
        }
        assertEveryAcceptedFactStoredPublishedAndProjectedOnce(load);
    }

    @Test
    @Order(3)
    void restartingPostgresForTenSecondsLosesNothing() throws Exception {
        RetryingLoad load = new RetryingLoad(stack.timelines(), TRACKS, CLIENTS);
        try (load) {
            awaitAccepted(load, 50);
            postgres("stop");
            await("ten seconds without PostgreSQL").pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(11))
                    .until(() -> true);
            postgres("start");
            awaitAccepted(load, load.accepted().size() + 100);
        }
        assertEveryAcceptedFactStoredPublishedAndProjectedOnce(load);
    }

    @Test
    @Order(4)
    void killingAProjectionInstanceDuringARebalanceAppliesEveryEventOnce() throws Exception {
        ServiceProcess leaving = stack.projections().get(1);
        ServiceProcess victim = stack.projections().get(0);
        RetryingLoad load = new RetryingLoad(stack.timelines(), TRACKS, CLIENTS);
        try (load) {
            awaitAccepted(load, 50);
            // One instance leaves the group, which starts to rebalance; the other is killed before it has rejoined.
            leaving.terminate();
            ClusterChecks.awaitRebalance(stack);
            victim.kill();
            leaving.awaitExit();
            awaitAccepted(load, load.accepted().size() + 50);

            victim.start();
            leaving.start();
            victim.awaitHealthy();
            leaving.awaitHealthy();
            awaitAccepted(load, load.accepted().size() + 50);
        }
        assertEveryAcceptedFactStoredPublishedAndProjectedOnce(load);
        assertThat(ClusterChecks.partitionsByMember(stack)).as("both instances back in the group").hasSize(2);
    }

    private static void awaitAccepted(RetryingLoad load, int count) {
        await(count + " facts accepted").atMost(Duration.ofMinutes(3)).until(() -> load.accepted().size() >= count);
    }

    /** Once the load has stopped, its clients' last facts accepted too; every fact of every fault so far. */
    private void assertEveryAcceptedFactStoredPublishedAndProjectedOnce(RetryingLoad load) {
        log.info("{} facts accepted under this fault after {} retries; {} so far", load.accepted().size(),
                load.retries(), acceptedSoFar.size() + load.accepted().size());
        assertThat(load.refused()).as("facts refused for a reason no retry mends").isZero();
        acceptedSoFar.putAll(load.accepted());
        ClusterChecks.assertEveryAcceptedFactStoredPublishedAndProjectedOnce(stack, acceptedSoFar);
    }

    private static void postgres(String action) throws IOException, InterruptedException {
        String command = Objects.requireNonNullElseGet(System.getenv("CLUSTER_TESTS_POSTGRES_" + action.toUpperCase()),
                () -> "pg_ctlcluster --skip-systemctl-redirect " + postgresVersion() + " main " + action);
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("%s: %s", command, output).isZero();
    }

    private static String postgresVersion() {
        String[] versions = new File("/etc/postgresql").list();
        assertThat(versions).as("PostgreSQL clusters in /etc/postgresql").isNotEmpty();
        return Arrays.stream(versions).max(String::compareTo).orElseThrow();
    }
}
