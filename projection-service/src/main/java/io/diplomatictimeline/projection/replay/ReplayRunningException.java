package io.diplomatictimeline.projection.replay;

import java.time.Instant;

/** A replay was asked for while the last one is still rebuilding the read models. */
class ReplayRunningException extends RuntimeException {

    ReplayRunningException(Instant startedAt) {
        super("the replay started at " + startedAt + " is still running: see GET /api/admin/replay");
    }
}
