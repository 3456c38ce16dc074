package io.diplomatictimeline.projection.consumption;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * What becomes of a record that cannot be read: it goes to the dead-letter topic as it came (key, value bytes and
 * headers), with spring-kafka's {@code kafka_dlt-*} headers saying where it was read and what was wrong
 * ({@code kafka_dlt-exception-message}, {@code -fqcn}, {@code -cause-fqcn}, {@code -stacktrace}) and
 * {@value #REASON_HEADER} naming the {@link DeadLetterReason}. Only then is it counted and skipped. When the
 * dead-letter topic cannot be written, this throws, and the record is tried again rather than lost.
 */
class DeadLetterPublisher implements ConsumerAwareRecordRecoverer {

    static final String REASON_HEADER = "projection_dead-letter-reason";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final DeadLetterTopic topic;
    private final DeadLetters deadLetters;
    private final DeadLetterPublishingRecoverer publisher;

    DeadLetterPublisher(KafkaOperations<?, ?> kafka, DeadLetterTopic topic, DeadLetters deadLetters) {
        this.topic = topic;
        this.deadLetters = deadLetters;
        // Partition -1: the producer picks one, so the dead-letter topic needs no more partitions than it has.
        this.publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(topic.name(), -1));
        this.publisher.addHeadersFunction((record, failure) -> new RecordHeaders().add(REASON_HEADER,
                DeadLetterReason.of(failure).tag().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception thrown) {
        Exception failure = withoutBatchWrapper(thrown);
        topic.ensureExists();
        publisher.accept(record, consumer, failure);
        DeadLetterReason reason = DeadLetterReason.of(failure);
        String coordinates = record.topic() + "-" + record.partition() + "@" + record.offset();
        String error = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        deadLetters.count(reason, coordinates, error);
        log.warn("Record {} (key {}) sent to {}: {} ({})", coordinates, record.key(), topic.name(), error,
                reason.tag());
    }

    /**
     * The listener takes a poll at once and names the record that failed in a {@link BatchListenerFailedException}
     * around the record's own error; the dead letter's headers tell that error, as for a record listened to alone.
     */
    static Exception withoutBatchWrapper(Exception thrown) {
        if (thrown instanceof ListenerExecutionFailedException listener
                && listener.getCause() instanceof BatchListenerFailedException batch
                && batch.getCause() instanceof Exception cause) {
            return new ListenerExecutionFailedException(listener.getMessage(), listener.getGroupId(), cause);
        }
        if (thrown instanceof BatchListenerFailedException batch && batch.getCause() instanceof Exception cause) {
            return cause;
        }
        return thrown;
    }
}
