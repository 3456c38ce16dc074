package io.diplomatictimeline.projection.consumption;

import io.diplomatictimeline.projection.readmodel.FactProjections;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
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
        RecordedFact fact = reader.read(record);
        if (!projections.apply(fact)) {
            log.debug("Event {} was applied before; redelivery at {}-{}@{} ignored",
                    fact.id(), record.topic(), record.partition(), record.offset());
        }
    }
}
