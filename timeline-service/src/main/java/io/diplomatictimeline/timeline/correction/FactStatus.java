package io.diplomatictimeline.timeline.correction;

import java.util.Locale;

/** Whether a fact stands (as first recorded or as corrected) or was retracted. */
public enum FactStatus {
    CURRENT, RETRACTED;

    /** The name clients read: {@code current} or {@code retracted}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
