package io.diplomatictimeline.timeline.fact;

import io.diplomatictimeline.edtf.EdtfDate;

/**
 * A fact recorded on some track, as the rules of another fact read it: when it happened, as it now reads, and
 * whether it was retracted.
 */
public record KnownFact(EdtfDate occurredOn, boolean retracted) {
}
