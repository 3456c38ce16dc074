package io.diplomatictimeline.projection.consumption;

import io.cloudevents.CloudEvent;
import io.diplomatictimeline.projection.timeline.RecordedFact;
import io.diplomatictimeline.projection.timeline.TimelineProjector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds each record of the fact topic to the timeline. The listener returns only after the read model's
 * transaction has committed, and the container commits offsets only then: a crash in between redelivers the
 * record, which the projector recognises by its event id.
 */
@Component
class FactRecordListener {

    private static final Logger log = LoggerFactory.getLogger(FactRecordListener.class);

    private final CloudEventFactReader reader;
    private final TimelineProjector timeline;

    FactRecordListener(CloudEventFactReader reader, TimelineProjector timeline) {
        this.reader = reader;
        this.timeline = timeline;
    }

    @KafkaListener(topics = "${timeline.kafka.topic}")
    void on(ConsumerRecord<String, CloudEvent> record) {
        RecordedFact fact = reader.read(record.value());
        if (!timeline.apply(fact)) {
            log.debug("Event {} was applied before; redelivery at {}-{}@{} ignored",
                    fact.id(), record.topic(), record.partition(), record.offset());
        }
    }
}
