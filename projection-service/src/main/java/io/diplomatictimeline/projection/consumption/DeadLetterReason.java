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
    /** A fact without a field every read model needs, with one that does not parse, or under another event id. */
    INVALID_FACT("invalid-fact"),
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
