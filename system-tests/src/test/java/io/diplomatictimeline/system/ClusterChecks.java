package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the cluster tests look at, each the way an operator could: the services' digests and Prometheus metrics, the
 * consumer group as Kafka's Admin API describes it, the topic as a consumer reads it, and the event store's tables.
 */
final class ClusterChecks {

    private static final int SEGMENTS = 4;
    private static final int PARTITIONS = 3;

    /**
     * Every fact the clients were told was accepted is in the event store once (the facts stored on the load's tracks
     * are exactly those), on the topic in its track's order, and in both projections' read model exactly once (their
     * digests equal the event store's); no partition and no segment is left unclaimed.
     */
    static void assertEveryAcceptedFactStoredPublishedAndProjectedOnce(ClusterStack stack,
                                                                       Map<UUID, String> accepted) {
        assertThat(accepted).as("facts accepted under load").isNotEmpty();
        List<String> tracks = accepted.values().stream().distinct().toList();
        Map<String, List<UUID>> stored = storedInOrder(tracks);
        assertThat(stored.values().stream().flatMap(List::stream).toList())
                .as("the facts stored on the load's tracks are those accepted, each once")
                .containsExactlyInAnyOrderElementsOf(accepted.keySet());
        assertThat(eventsOn(tracks)).isEqualTo(accepted.size());

        awaitEqualDigests(stack);
        Map<String, List<UUID>> published = firstOnTheTopic(stack, tracks);
        stored.forEach((track, facts) -> assertThat(published.get(track))
                .as("the facts of %s on the topic, in their order", track).containsExactlyElementsOf(facts));

        await("every segment claimed by a running instance").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(stack.timelines().stream().filter(ServiceProcess::isAlive)
                        .mapToDouble(ClusterChecks::segmentsClaimed).sum()).isEqualTo(SEGMENTS));
        await("every partition assigned to a running projection").atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(partitionsByMember(stack).values().stream().flatMap(Set::stream))
                        .containsExactlyInAnyOrder(0, 1, 2));
    }

    /** The event store's digest (either instance computes it) and both projections', equal. */
    static void awaitEqualDigests(ClusterStack stack) {
        ServiceProcess timeline = stack.timelines().stream().filter(ServiceProcess::isAlive).findFirst().orElseThrow();
        JsonNode store = digest(timeline, "/api/events/digest");
        await("both read models to hold exactly the event store's events").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    for (ServiceProcess projection : stack.projections()) {
                        assertThat(digest(projection, "/api/timeline/digest")).as(projection.log().toString())
                                .isEqualTo(store);
                    }
                });
    }

    /** This instance's segments of the publication processor, as its Prometheus metrics say. */
    static double segmentsClaimed(ServiceProcess timeline) {
        return metric(timeline, "timeline_publication_segments_claimed");
    }

    static double metric(ServiceProcess service, String name) {
        return Api.text(service.uri("/actuator/prometheus")).lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The fact topic's partitions each member of the projections' consumer group holds, by member. */
    static Map<String, Set<Integer>> partitionsByMember(ClusterStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(ClusterStack.PROJECTION_GROUP))
                    .describedGroups().get(ClusterStack.PROJECTION_GROUP).get(10, TimeUnit.SECONDS);
            Map<String, Set<Integer>> partitions = new HashMap<>();
            group.members().forEach(member -> partitions.put(member.consumerId(),
                    member.assignment().topicPartitions().stream()
                            .filter(partition -> partition.topic().equals(SystemStack.TOPIC))
                            .map(TopicPartition::partition).collect(Collectors.toSet())));
            return partitions;
        }
    }

    /** Returns as soon as Kafka's Admin API describes the consumer group as rebalancing. */
    static void awaitRebalance(ClusterStack stack) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            await("the consumer group rebalancing").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> admin.describeConsumerGroups(List.of(ClusterStack.PROJECTION_GROUP)).describedGroups()
                            .get(ClusterStack.PROJECTION_GROUP).get(10, TimeUnit.SECONDS).state(),
                            state -> state == ConsumerGroupState.PREPARING_REBALANCE
                                    || state == ConsumerGroupState.COMPLETING_REBALANCE);
        }
    }

    /** Events (facts and their changes) stored on these tracks. */
    static long eventsOn(List<String> tracks) {
        try (Connection database = ClusterStack.database();
             PreparedStatement count = database.prepareStatement(
                     "SELECT COUNT(*) FROM timeline.domainevententry WHERE aggregateidentifier = ANY (?)")) {
            count.setArray(1, database.createArrayOf("varchar", tracks.toArray()));
            ResultSet result = count.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facts of these tracks in the event store, each track's in its order. */
    private static Map<String, List<UUID>> storedInOrder(List<String> tracks) {
        try (Connection database = ClusterStack.database();
             PreparedStatement facts = database.prepareStatement("""
                     SELECT track, fact_id FROM timeline.fact_receipt WHERE track = ANY (?) ORDER BY track, sequence""")) {
            facts.setArray(1, database.createArrayOf("varchar", tracks.toArray()));
            ResultSet result = facts.executeQuery();
            Map<String, List<UUID>> stored = new LinkedHashMap<>();
            while (result.next()) {
                stored.computeIfAbsent(result.getString(1), track -> new ArrayList<>())
                        .add(result.getObject(2, UUID.class));
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole topic, read to its end: each track's event ids in the order they first appear. */
    private static Map<String, List<UUID>> firstOnTheTopic(ClusterStack stack, List<String> tracks) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "cluster-check-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, List<UUID>> published = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = IntStream.range(0, PARTITIONS)
                    .mapToObj(partition -> new TopicPartition(SystemStack.TOPIC, partition)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await("the topic read to its end").atMost(Duration.ofMinutes(2)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    Header id = record.headers().lastHeader("ce_id");
                    if (id != null && tracks.contains(record.key())) {
                        UUID event = UUID.fromString(new String(id.value(), StandardCharsets.UTF_8));
                        if (seen.add(event)) {
                            published.computeIfAbsent(record.key(), track -> new ArrayList<>()).add(event);
                        }
                    }
                });
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return published;
    }

    private static JsonNode digest(ServiceProcess service, String path) {
        Api.Answer answer = Api.get(service.uri(path));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private ClusterChecks() {
    }
}
