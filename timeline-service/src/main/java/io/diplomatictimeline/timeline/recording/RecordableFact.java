package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.edtf.EdtfDate;
import java.util.UUID;

/**
 * A request that passed its field rules, turned into the command for its type, and fingerprinted; with its date,
 * which later facts of the same unit of work may need before it is committed.
 */
record RecordableFact(UUID id, EdtfDate occurredOn, Object command, String fingerprint) {
}
