package io.diplomatictimeline.timeline.correction;

import io.diplomatictimeline.timeline.fact.FactRejectedException;

/** A correction that would leave the fact exactly as it reads: no new version is made of it. */
public class NothingChangedException extends FactRejectedException {

    public NothingChangedException(String message) {
        super("changes", message);
    }
}
