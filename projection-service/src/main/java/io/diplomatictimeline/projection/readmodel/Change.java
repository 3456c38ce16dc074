package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an event did to a fact: recorded it, corrected it, or retracted it. */
public enum Change {

    CREATED, CORRECTED, RETRACTED;

    /** As the API and the change log write it: lowercase. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Change ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
