package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.diplomatictimeline.timeline.publication.FactDocument;

/**
 * GET /api/events/{id}: the fact as it now reads (its latest correction applied, the sequence and recordedAt of
 * its first recording), its version (1 until first changed) and its status ({@code current} or {@code retracted};
 * a retracted fact reads as it did when it was retracted).
 */
record FactReading(@JsonUnwrapped FactDocument fact, int version, String status) {
}
