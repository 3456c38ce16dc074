package io.diplomatictimeline.timeline.fact;

import java.time.Instant;

/**
 * A fact the timeline accepted. Each vocabulary type is one event record implementing this; {@link #type()}
 * is its name in the vocabulary (as in {@code round-held}), the name clients post and consumers read.
 */
public interface TimelineEvent {

    FactHeader fact();

    FactDetails details();

    /** The fact's position in its track's history, counting from 1. */
    long sequence();

    /** When the timeline recorded the fact (transaction time), as opposed to when it happened. */
    Instant recordedAt();

    String type();

    /** The fact's PLOVER category, or null where none fits. */
    default Plover plover() {
        return null;
    }

    default FactReceipt receipt() {
        return new FactReceipt(fact().id(), fact().track(), type(), sequence(), recordedAt());
    }
}
