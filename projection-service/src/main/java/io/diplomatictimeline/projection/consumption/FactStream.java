package io.diplomatictimeline.projection.consumption;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * This instance's consumption of the fact topic, as the replay drives it: stop, rewind the consumer group to the
 * first record, start again, and how far the group is behind. Offsets are moved with Kafka's Admin API while the
 * listener is stopped, so they are committed before any record is read again: a crash half-way through a replay
 * resumes from the group's committed offsets like any restart.
 */
@Component
public class FactStream {

    private final KafkaListenerEndpointRegistry containers;
    private final KafkaAdmin kafkaAdmin;
    private final String topic;
    private final String group;
    private final Duration timeout;

    FactStream(KafkaListenerEndpointRegistry containers, KafkaAdmin kafkaAdmin,
               @Value("${timeline.kafka.topic}") String topic,
               @Value("${spring.kafka.consumer.group-id}") String group,
               @Value("${projection.replay.kafka-timeout}") Duration timeout) {
        this.containers = containers;
        this.kafkaAdmin = kafkaAdmin;
        this.topic = topic;
        this.group = group;
        this.timeout = timeout;
    }

    /** Returns once the listener has finished its record, committed its offsets and left the consumer group. */
    public void stop() {
        container().stop();
    }

    public void start() {
        container().start();
    }

    /**
     * Sets the consumer group's committed offsets to the first record of every partition. Refused while another
     * consumer is in the group (another instance would go on from where it is), and when the topic no longer holds
     * its first records (retention deleted them: a replay would lose those facts). Call it while stopped.
     *
     * @return the end of every partition now: the replay is complete when the group has passed it
     */
    public EndOffsets rewindToBeginning() {
        return withAdmin(this::rewindToBeginning);
    }

    private EndOffsets rewindToBeginning(Admin admin) {
        ConsumerGroupDescription description = await(admin.describeConsumerGroups(List.of(group))
                .describedGroups().get(group));
        if (!description.members().isEmpty()) {
            throw new RewindRefusedException("consumer group '" + group + "' still has " + description.members().size()
                    + " member(s): stop every other instance of projection-service (or wait for the session timeout"
                    + " of one that died) and try again");
        }
        List<TopicPartition> partitions = partitions(admin);
        Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        earliest.forEach((partition, offset) -> {
            if (offset > 0) {
                throw new RewindRefusedException("partition " + partition + " starts at offset " + offset
                        + ": the topic no longer holds its whole history, and a replay would lose facts");
            }
        });
        Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest());
        await(admin.alterConsumerGroupOffsets(group, partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> new OffsetAndMetadata(0)))).all());
        return new EndOffsets(end);
    }

    /**
     * How far the group's committed offsets are behind the end of the topic now ({@code lag}) and behind the given
     * end ({@code behind}), in records.
     */
    public Backlog backlog(EndOffsets until) {
        return withAdmin(admin -> backlog(admin, until));
    }

    private Backlog backlog(Admin admin, EndOffsets until) {
        Map<TopicPartition, OffsetAndMetadata> committed = await(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> end = offsets(admin, partitions(admin), OffsetSpec.latest());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            lag += Math.max(0, partition.getValue() - position(committed, partition.getKey()));
        }
        long behind = 0;
        if (until != null) {
            for (Map.Entry<TopicPartition, Long> partition : until.offsets().entrySet()) {
                behind += Math.max(0, partition.getValue() - position(committed, partition.getKey()));
            }
        }
        return new Backlog(lag, behind);
    }

    private static long position(Map<TopicPartition, OffsetAndMetadata> committed, TopicPartition partition) {
        OffsetAndMetadata offset = committed.get(partition);
        // Nothing committed yet: the group starts from the first record (auto-offset-reset: earliest).
        return offset == null ? 0 : offset.offset();
    }

    private List<TopicPartition> partitions(Admin admin) {
        TopicDescription description = await(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        return description.partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
    }

    private Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, ListOffsetsResultInfo> offsets = await(admin.listOffsets(request).all());
        Map<TopicPartition, Long> result = new HashMap<>();
        offsets.forEach((partition, info) -> result.put(partition, info.offset()));
        return result;
    }

    /**
     * An Admin client for one call: a kept one would go on trying to reach a broker that is away, and log each try.
     * Whatever it still waits for when the call is over is abandoned.
     */
    private <T> T withAdmin(Function<Admin, T> call) {
        Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        try {
            return call.apply(admin);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    private MessageListenerContainer container() {
        MessageListenerContainer container = containers.getListenerContainer(FactRecordListener.ID);
        if (container == null) {
            throw new IllegalStateException("no listener container " + FactRecordListener.ID);
        }
        return container;
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactStreamUnavailableException("interrupted while asking the broker", e);
        } catch (ExecutionException e) {
            throw new FactStreamUnavailableException("the broker refused: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new FactStreamUnavailableException("the broker did not answer within " + timeout, e);
        }
    }

    /** Where every partition of the topic ended at one moment; opaque to callers. */
    public record EndOffsets(Map<TopicPartition, Long> offsets) {
    }

    /**
     * @param lag    records between the group's committed offsets and the end of the topic now
     * @param behind records between the committed offsets and an earlier end (a replay's), 0 once passed
     */
    public record Backlog(long lag, long behind) {
    }
}
