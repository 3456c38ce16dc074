package io.diplomatictimeline.timeline.fact;

/** The fact contradicts what its track already holds, such as a round number held twice. */
public class HistoryConflictException extends FactRejectedException {

    public HistoryConflictException(String field, String message) {
        super(field, message);
    }
}
