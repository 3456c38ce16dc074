package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.dispute.PropertySeizureDetails;
import io.diplomatictimeline.timeline.fact.Actor;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Place;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.round.HoursRange;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builders of the facts the aggregate tests speak in. */
final class Facts {

    static final String TRACK = "ru-us-embassy-talks";

    static FactHeader header(UUID id, String occurredOn) {
        return new FactHeader(id, TRACK, EdtfDate.parse(occurredOn), "A fact on the embassy track", null,
                List.of(new Actor("Alexander Darchiev", "RU", "head of delegation", "Ambassador to the United States")),
                new Place("Consulate General of Russia", "Istanbul", "TR"), List.of("diplomatic-property"),
                List.of(new Source("IANS", LocalDate.of(2025, 4, 10), null, null)));
    }

    static RoundHeldDetails round(int number) {
        return new RoundHeldDetails(number, new HoursRange(BigDecimal.valueOf(4), BigDecimal.valueOf(5)), "TR",
                List.of());
    }

    static PropertySeizureDetails sixProperties() {
        return new PropertySeizureDetails("RU", "US", 6, EdtfDate.parse("2016/2018"));
    }

    private Facts() {
    }
}
