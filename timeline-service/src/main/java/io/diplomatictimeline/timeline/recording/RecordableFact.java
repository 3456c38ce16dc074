package io.diplomatictimeline.timeline.recording;

import java.util.UUID;

/** A request that passed its field rules, turned into the command for its type, and fingerprinted. */
record RecordableFact(UUID id, Object command, String fingerprint) {
}
