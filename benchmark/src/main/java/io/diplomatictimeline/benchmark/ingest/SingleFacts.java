package io.diplomatictimeline.benchmark.ingest;

import io.diplomatictimeline.benchmark.facts.Facts;
import java.util.ArrayList;
import java.util.List;

/** The bodies the closed loops of single POSTs cycle through (wrk sends each many times: each post is a new fact). */
public final class SingleFacts {

    static final int BODIES = 4_096;

    private SingleFacts() {
    }

    /** Facts spread over {@code tracks} tracks: ingest_single. */
    public static List<String> spread(int tracks) {
        List<String> bodies = new ArrayList<>(BODIES);
        for (int i = 0; i < BODIES; i++) {
            bodies.add(Facts.json(Facts.body(String.format("bench-spread-%04d", i % tracks), Facts.scattered(i), i)));
        }
        return bodies;
    }

    /** Facts all on one track: ingest_flatness. */
    public static List<String> onTrack(String track) {
        List<String> bodies = new ArrayList<>(BODIES);
        for (int i = 0; i < BODIES; i++) {
            bodies.add(Facts.json(Facts.body(track, Facts.scattered(i), i)));
        }
        return bodies;
    }
}
