package io.diplomatictimeline.projection.consumption;

import org.springframework.core.NestedExceptionUtils;

/** Why a record went to the dead-letter topic: the tag of the metric, and a header of the dead letter. */
public enum DeadLetterReason {

    /** Neither a binary-mode nor a structured-mode CloudEvent (no ce_ headers, an unknown content type). */
    NOT_A_CLOUD_EVENT("not-a-cloud-event"),
    /** A CloudEvent whose data is missing, is not JSON or is not a JSON object. */
    NOT_JSON("not-json"),
    /** A fact of a type docs/vocabulary.md does not name. */
    UNKNOWN_TYPE("unknown-type"),
    /**
     * A fact without a field every read model needs, with one that does not parse, or under another event id; or a
     * change that contradicts what is known of its fact (of a retracted fact, of a version already passed).
     */
    INVALID_FACT("invalid-fact"),
    /**
     * A correction or retraction of a fact this service does not know. Kept on the dead-letter topic rather than
     * parked here: with timeline-service as the producer it cannot happen (a fact and its changes share a partition),
     * so it is a record from elsewhere, or a topic that lost its history, for an operator to look at; the record can
     * be published again once its fact is there.
     */
    UNKNOWN_FACT("unknown-fact"),
    /** Any other failure that no retry can mend (one of spring-kafka's own non-retryable exceptions). */
    OTHER("other");

    private final String tag;

    DeadLetterReason(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    static DeadLetterReason of(Exception failure) {
        return NestedExceptionUtils.getMostSpecificCause(failure) instanceof UnreadableFactException unreadable
                ? unreadable.reason()
                : OTHER;
    }
}
