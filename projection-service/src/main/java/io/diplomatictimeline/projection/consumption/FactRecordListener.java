package io.diplomatictimeline.projection.consumption;

import io.diplomatictimeline.projection.readmodel.ChangeRefusedException;
import io.diplomatictimeline.projection.readmodel.ChangesCommitted;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.FactProjections;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Feeds each poll of the fact topic to the read models, the whole poll in one transaction (every read model, the
 * change log and the applied events). The listener returns only after that transaction has committed, and the
 * container commits the poll's offsets only then: a crash in between redelivers the records, which the read models
 * recognise by their event ids.
 *
 * <p>A record that cannot be applied stops the poll at its place: the records before it are applied and committed,
 * and a {@link BatchListenerFailedException} names it to the error handler ({@link ConsumptionErrorHandling}), which
 * sends it to the dead-letter topic when it cannot be read, or retries it when something else failed; either way the
 * records after it are delivered again, in their order.
 */
@Component
class FactRecordListener {

    /** The listener container's id, by which {@link FactStream} stops and starts it; not the consumer group. */
    static final String ID = "fact-records";

    private static final Logger log = LoggerFactory.getLogger(FactRecordListener.class);

    private final CloudEventFactReader reader;
    private final FactProjections projections;
    private final ApplicationEventPublisher publisher;
    private final FactTraces traces;

    FactRecordListener(CloudEventFactReader reader, FactProjections projections, ApplicationEventPublisher publisher,
                       FactTraces traces) {
        this.reader = reader;
        this.projections = projections;
        this.publisher = publisher;
        this.traces = traces;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${timeline.kafka.topic}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<FactChange> events = new ArrayList<>(records.size());
        UnreadableFactException unreadable = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(traces.within(record, () -> read(record)));
            } catch (UnreadableFactException e) {
                // Applied are the records before it; it and those after it go back to the error handler.
                unreadable = e;
                break;
            }
        }
        FactProjections.Applied applied;
        try {
            applied = projections.applyInOrder(events);
        } catch (RuntimeException e) {
            // Nothing of the poll was applied (the database is away, say): all of it is tried again, from the first.
            throw new BatchListenerFailedException("applying the poll failed: " + e.getMessage(), e, 0);
        }
        if (applied.applied() > 0) {
            publisher.publishEvent(new ChangesCommitted());
        }
        if (applied.applied() < applied.through()) {
            log.debug("{} of {} events were applied before; redelivery ignored",
                    applied.through() - applied.applied(), applied.through());
        }
        if (applied.refusal() != null) {
            // No retry can make it follow its fact: to the dead-letter topic, so the records behind it flow on.
            ChangeRefusedException refused = applied.refusal();
            throw failedAt(applied.through(), new UnreadableFactException(
                    refused.unknownFact() ? DeadLetterReason.UNKNOWN_FACT : DeadLetterReason.INVALID_FACT,
                    refused.getMessage()));
        }
        if (unreadable != null) {
            throw failedAt(events.size(), unreadable);
        }
    }

    /** Read in the trace of the request that recorded the fact: its debug line carries that trace id. */
    private FactChange read(ConsumerRecord<String, byte[]> record) {
        FactChange event = reader.read(record);
        log.debug("Taking in {} {} of fact {} ({}, track {}) from {}-{}@{}", event.change(), event.eventId(),
                event.factId(), event.factType(), event.track(), record.topic(), record.partition(), record.offset());
        return event;
    }

    private static BatchListenerFailedException failedAt(int index, UnreadableFactException cause) {
        return new BatchListenerFailedException(cause.getMessage(), cause, index);
    }
}
