package io.diplomatictimeline.projection.web;

import java.util.List;
import java.util.regex.Pattern;

/** The {@code track} query parameter every list of this API takes: a track's slug, as facts are posted with. */
public final class TrackParameter {

    private static final Pattern TRACK = Pattern.compile("[a-z0-9-]{1,64}");

    private TrackParameter() {
    }

    /** Adds an error naming {@code track} when it is given and is not a track slug. */
    public static void check(String track, List<ParameterError> errors) {
        if (track != null && !TRACK.matcher(track).matches()) {
            errors.add(new ParameterError("track", "must be a lowercase slug of 1 to 64 letters, digits or '-'"));
        }
    }
}
