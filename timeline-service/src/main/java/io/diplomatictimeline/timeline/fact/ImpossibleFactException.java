package io.diplomatictimeline.timeline.fact;

/** The fact cannot be true whatever the track holds, such as a meeting that happened next year. */
public class ImpossibleFactException extends FactRejectedException {

    public ImpossibleFactException(String field, String message) {
        super(field, message);
    }
}
