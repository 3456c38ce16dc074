package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The rules that hold for one instance hold for two: history judged once per track whichever instance is asked,
 * never against a track an instance cached before the other wrote it; idempotency keys and the rate limit counted
 * for the cluster; publication and consumption shared; one trace from a POST to the read model's log lines.
 */
@Order(1)
class ClusterRulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterStack stack = ClusterStack.get();

    @Test
    void fiftyPostsOfOneRoundOverBothInstancesAtOnceGetOneCreatedAndOnlyConflicts() throws Exception {
        String track = Facts.newTrack();
        int writers = 50;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = IntStream.range(0, writers)
                    .mapToObj(i -> threads.submit(() -> {
                        gate.await();
                        return Api.post(timeline(i).uri("/api/events"),
                                Facts.roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"));
                    }))
                    .toList();
            gate.countDown();
            List<Integer> statuses = answers.stream().map(ClusterRulesIT::status).toList();
            assertThat(statuses).as("201 once, 409 for the rest, never a 5xx")
                    .containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(storedOn(track)).isEqualTo(1);
    }

    @Test
    void aTrackCachedByOneInstanceIsJudgedOnWhatTheOtherRecordedSince() {
        ServiceProcess first = timeline(0);
        ServiceProcess second = timeline(1);
        String track = Facts.newTrack();
        UUID roundOne = UUID.randomUUID();
        assertThat(post(first, Facts.roundHeld(roundOne, track, 1, "2025-02-27"))).isEqualTo(201);
        assertThat(post(first, Facts.disputeRaised(UUID.randomUUID(), track))).isEqualTo(201);

        // The second instance retracts round 1: the first, which has the track loaded, must not refuse a new round 1.
        assertThat(Api.post(second.uri("/api/events/" + roundOne + "/retraction"),
                "{\"reason\": \"no such round\", \"source\": {\"publisher\": \"TASS\"}}").status()).isEqualTo(201);
        assertThat(post(first, Facts.roundHeld(UUID.randomUUID(), track, 1, "2025-02-27"))).isEqualTo(201);

        // The second instance holds round 2: the first must not accept round 2 again.
        assertThat(post(second, Facts.roundHeld(UUID.randomUUID(), track, 2, "2025-04-10"))).isEqualTo(201);
        assertThat(post(first, Facts.roundHeld(UUID.randomUUID(), track, 2, "2025-04-10"))).isEqualTo(409);
        assertThat(storedOn(track)).isEqualTo(5);
    }

    @Test
    void anIdempotencyKeyIsKeptForTheClusterNotPerInstance() {
        String key = UUID.randomUUID().toString();
        String track = Facts.newTrack();
        Api.Answer first = Api.post(timeline(0).uri("/api/events"), Facts.disputeRaised(track),
                SystemStack.WRITE_TOKEN, Map.of("Idempotency-Key", key));
        Api.Answer again = Api.post(timeline(1).uri("/api/events"), Facts.disputeRaised(track),
                SystemStack.WRITE_TOKEN, Map.of("Idempotency-Key", key));
        Api.Answer other = Api.post(timeline(1).uri("/api/events"), Facts.disputeRaised(Facts.newTrack()),
                SystemStack.WRITE_TOKEN, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(storedOn(track)).isEqualTo(1);
    }

    @Test
    void theRateLimitIsCountedForTheClusterNotPerInstance() {
        String track = Facts.newTrack();
        List<Integer> statuses = IntStream.range(0, ClusterStack.LIMITED_BURST + 2)
                .mapToObj(i -> Api.post(timeline(i).uri("/api/events"), Facts.disputeRaised(UUID.randomUUID(), track),
                        ClusterStack.LIMITED_TOKEN, Map.of()).status())
                .toList();

        // Four writes over both instances use up the burst; the fifth and sixth are refused, one on each instance.
        assertThat(statuses.subList(0, ClusterStack.LIMITED_BURST)).containsOnly(201);
        assertThat(statuses.subList(ClusterStack.LIMITED_BURST, statuses.size())).containsOnly(429);
    }

    @Test
    void publicationIsSharedAndBothProjectionsConsumeTheirShareIntoOneReadModel() {
        await("each timeline-service instance publishing two of the four segments").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stack.timelines().stream().map(ClusterChecks::segmentsClaimed))
                        .containsExactly(2.0, 2.0));
        await("the three partitions shared by both projection-service instances").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(ClusterChecks.partitionsByMember(stack).values())
                        .hasSize(2).allSatisfy(partitions -> assertThat(partitions).isNotEmpty()));
        String track = Facts.newTrack();
        IntStream.range(0, 20).forEach(i -> post(timeline(i), Facts.disputeRaised(UUID.randomUUID(), track)));
        ClusterChecks.awaitEqualDigests(stack);
        // Each instance reports the lag of the partitions it consumes: together, all three.
        await("the projection lag of every partition reported").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(stack.projections().stream()
                        .flatMap(projection -> Api.text(projection.uri("/actuator/prometheus")).lines())
                        .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{"))
                        .map(line -> line.replaceAll(".*partition=\"(\\d+)\".*", "$1")).distinct())
                        .containsExactlyInAnyOrder("0", "1", "2"));
    }

    @Test
    void theProjectionsLogLinesForAFactCarryTheTraceIdOfItsPost() throws Exception {
        Map<String, Set<Integer>> partitions = ClusterChecks.partitionsByMember(stack);
        assertThat(partitions).hasSize(2);
        for (Set<Integer> owned : partitions.values()) {
            String track = trackOnOneOf(owned);
            String traceId = HexFormat.of().formatHex(randomBytes(16));
            Api.Answer answer = Api.post(timeline(0).uri("/api/events"), Facts.disputeRaised(UUID.randomUUID(), track),
                    SystemStack.WRITE_TOKEN,
                    Map.of("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"));
            assertThat(answer.status()).isEqualTo(201);
            String factId = answer.body().get("id").asText();

            String line = await("the line of fact " + factId + " in a projection's log").atMost(Duration.ofSeconds(60))
                    .until(() -> lineAbout(factId), found -> found != null);
            assertThat(line).contains(traceId);
            if (line.startsWith("{")) {
                // The instance logging ECS JSON (LOG_FORMAT=ecs): one object per line, the trace id a field of it.
                JsonNode ecs = JSON.readTree(line);
                assertThat(ecs.findValuesAsText("traceId")).contains(traceId);
            }
        }
        assertThat(lineFormats()).as("the plain-text instance and the ECS one each logged a fact")
                .containsExactlyInAnyOrder("plain", "ecs");
    }

    private String lineAbout(String factId) throws IOException {
        for (ServiceProcess projection : stack.projections()) {
            for (String line : Files.readAllLines(projection.log(), StandardCharsets.UTF_8)) {
                if (line.contains("Taking in") && line.contains(factId)) {
                    return line;
                }
            }
        }
        return null;
    }

    private Set<String> lineFormats() throws IOException {
        Set<String> formats = new HashSet<>();
        for (ServiceProcess projection : stack.projections()) {
            for (String line : Files.readAllLines(projection.log(), StandardCharsets.UTF_8)) {
                if (line.contains("Taking in")) {
                    formats.add(line.startsWith("{") ? "ecs" : "plain");
                }
            }
        }
        return formats;
    }

    /** A new track whose records go to one of these partitions, as Kafka's producer picks one for a key. */
    private static String trackOnOneOf(Set<Integer> partitions) {
        while (true) {
            String track = Facts.newTrack();
            if (partitions.contains(Utils.toPositive(Utils.murmur2(track.getBytes(StandardCharsets.UTF_8))) % 3)) {
                return track;
            }
        }
    }

    private ServiceProcess timeline(int i) {
        return stack.timelines().get(i % stack.timelines().size());
    }

    private static int post(ServiceProcess timeline, String fact) {
        return Api.post(timeline.uri("/api/events"), fact).status();
    }

    private static int status(Future<Api.Answer> answer) {
        try {
            return answer.get().status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long storedOn(String track) {
        return ClusterChecks.eventsOn(List.of(track));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
