package io.diplomatictimeline.timeline.track;

import static io.diplomatictimeline.timeline.track.Facts.NOW;

import io.diplomatictimeline.timeline.correction.CorrectFact;
import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.correction.RetractFact;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Builders of the corrections and retractions the aggregate tests speak in. */
final class Revised {

    static final Source TASS = new Source("TASS", LocalDate.of(2025, 4, 11), null, null);
    static final String REASON = "the agency corrected its report";

    static UUID change(int n) {
        return new UUID(1, n);
    }

    /** The fact as {@code original} recorded it, with a new envelope and details. */
    static RecordedFact as(TimelineEvent original, FactHeader header, FactDetails details) {
        RecordedFact recorded = original.recorded();
        return new RecordedFact(recorded.type(), header, details, recorded.sequence(), recorded.recordedAt(),
                recorded.plover());
    }

    static CorrectFact correct(int change, int expectedVersion, RecordedFact current, RecordedFact corrected,
                               Map<String, Object> changes) {
        return new CorrectFact(change(change), expectedVersion, current, corrected, changes, REASON, TASS);
    }

    /** The event a correction accepted now records, at version {@code version} and place {@code sequence}. */
    static FactCorrected corrected(int change, int version, long sequence, RecordedFact corrected,
                                   Map<String, Object> changes) {
        return new FactCorrected(change(change), corrected.id(), Facts.TRACK, corrected.type(), version, sequence, NOW,
                REASON, TASS, changes, corrected);
    }

    static RetractFact retract(int change, TimelineEvent fact) {
        return new RetractFact(change(change), fact.fact().id(), Facts.TRACK, fact.type(), REASON, TASS);
    }

    static FactRetracted retracted(int change, TimelineEvent fact, int version, long sequence) {
        return new FactRetracted(change(change), fact.fact().id(), Facts.TRACK, fact.type(), version, sequence, NOW,
                REASON, TASS);
    }

    private Revised() {
    }
}
