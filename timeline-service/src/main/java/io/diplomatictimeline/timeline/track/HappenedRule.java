package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.ImpossibleFactException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A fact that happened cannot be dated in the future. */
final class HappenedRule {

    /**
     * "Today" is taken where it is latest on Earth (UTC+14), so that a fact dated today by a reporter in any
     * time zone is never refused as future.
     */
    private static final ZoneOffset LATEST_TIME_ZONE = ZoneOffset.ofHours(14);

    static void check(EdtfDate occurredOn, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LATEST_TIME_ZONE);
        if (occurredOn.earliest().isAfter(today)) {
            throw new ImpossibleFactException("occurredOn",
                    "a fact that happened cannot be dated in the future (" + occurredOn + " begins after " + today + ")");
        }
    }

    private HappenedRule() {
    }
}
