package io.diplomatictimeline.projection.readmodel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an event did to a fact: recorded it, corrected it, retracted it, or added a source to it (which leaves the
 * fact's content and version as they are).
 */
public enum Change {

    CREATED, CORRECTED, RETRACTED, SOURCE_ADDED;

    /** As the API and the change log write it: lowercase, words joined by '-' (source-added). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Change ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether the event makes a new version of the fact's content (or the first one). */
    public boolean carriesTheFact() {
        return this == CREATED || this == CORRECTED;
    }
}
