package io.diplomatictimeline.timeline.corroboration;

/** What a source added to a fact says of it. */
public final class Stance {

    public static final String CONFIRMS = "confirms";
    public static final String DISPUTES = "disputes";
    /** The rule a posted stance is held to. */
    public static final String PATTERN = CONFIRMS + "|" + DISPUTES;

    private Stance() {
    }
}
