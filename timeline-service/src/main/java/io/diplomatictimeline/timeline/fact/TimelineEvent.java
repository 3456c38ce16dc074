package io.diplomatictimeline.timeline.fact;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact the timeline accepted. Each vocabulary type is one event record implementing this; {@link #type()}
 * is its name in the vocabulary (as in {@code round-held}), the name clients post and consumers read.
 */
public interface TimelineEvent extends TrackEvent {

    FactHeader fact();

    FactDetails details();

    /** The fact's position in its track's history, counting from 1. */
    @Override
    long sequence();

    /** When the timeline recorded the fact (transaction time), as opposed to when it happened. */
    @Override
    Instant recordedAt();

    /** A fact is published under its own id. */
    @Override
    default UUID eventId() {
        return fact().id();
    }

    @Override
    default String track() {
        return fact().track();
    }

    @Override
    String type();

    /** The fact's PLOVER category, or null where none fits. */
    default Plover plover() {
        return null;
    }

    /** The fact as this event records it: its first version. */
    default RecordedFact recorded() {
        return new RecordedFact(type(), fact(), details(), sequence(), recordedAt(), plover());
    }

    default FactReceipt receipt() {
        return new FactReceipt(fact().id(), fact().track(), type(), sequence(), recordedAt());
    }
}
