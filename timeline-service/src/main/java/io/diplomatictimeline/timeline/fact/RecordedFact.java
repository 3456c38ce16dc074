package io.diplomatictimeline.timeline.fact;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact as it reads at one of its versions: its vocabulary type, envelope, details and PLOVER category, with the
 * place on the track and the time of its first recording (which a correction never changes).
 */
public record RecordedFact(String type, FactHeader header, FactDetails details, long sequence, Instant recordedAt,
                           Plover plover) {

    public UUID id() {
        return header.id();
    }
}
