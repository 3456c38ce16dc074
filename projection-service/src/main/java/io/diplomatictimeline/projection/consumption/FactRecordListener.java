package io.diplomatictimeline.projection.consumption;

import io.diplomatictimeline.projection.readmodel.ChangeRefusedException;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds each record of the fact topic to the read models, all of them in one transaction. The listener returns
 * only after that transaction has committed, and the container commits offsets only then: a crash in between
 * redelivers the record, which the read models recognise by its event id.
 */
@Component
class FactRecordListener {

    /** The listener container's id, by which {@link FactStream} stops and starts it; not the consumer group. */
    static final String ID = "fact-records";

    private static final Logger log = LoggerFactory.getLogger(FactRecordListener.class);

    private final CloudEventFactReader reader;
    private final FactProjections projections;

    FactRecordListener(CloudEventFactReader reader, FactProjections projections) {
        this.reader = reader;
        this.projections = projections;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${timeline.kafka.topic}")
    void on(ConsumerRecord<String, byte[]> record) {
        FactChange event = reader.read(record);
        boolean applied;
        try {
            applied = projections.apply(event);
        } catch (ChangeRefusedException refused) {
            // No retry can make it follow its fact: to the dead-letter topic, so the records behind it flow on.
            throw new UnreadableFactException(
                    refused.unknownFact() ? DeadLetterReason.UNKNOWN_FACT : DeadLetterReason.INVALID_FACT,
                    refused.getMessage());
        }
        if (!applied) {
            log.debug("Event {} was applied before; redelivery at {}-{}@{} ignored",
                    event.eventId(), record.topic(), record.partition(), record.offset());
        }
    }
}
