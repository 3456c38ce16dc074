package io.diplomatictimeline.projection.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * What becomes of a record that cannot be read: for now it is logged with its coordinates, so it can be found
 * and replayed, and skipped. A DeadLetterPublishingRecoverer takes this place once there is a dead-letter topic.
 */
class LogAndSkipRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(LogAndSkipRecoverer.class);

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        log.error("Skipped unreadable record {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                record.offset(), record.key(), NestedExceptionUtils.getMostSpecificCause(exception).getMessage());
    }
}
