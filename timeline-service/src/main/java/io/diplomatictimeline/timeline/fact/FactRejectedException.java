package io.diplomatictimeline.timeline.fact;

/** A fact the rules of history refuse, naming the field at fault. Nothing of it is stored. */
public abstract class FactRejectedException extends RuntimeException {

    private final String field;

    protected FactRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
