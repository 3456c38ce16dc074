package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.dispute.PropertySeizureDetails;
import io.diplomatictimeline.timeline.fact.Actor;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.KnownFact;
import io.diplomatictimeline.timeline.fact.KnownFacts;
import io.diplomatictimeline.timeline.fact.Place;
import io.diplomatictimeline.timeline.fact.Response;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.round.HoursRange;
import io.diplomatictimeline.timeline.round.RoundHeld;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** Builders of the facts the aggregate tests speak in. */
final class Facts {

    static final String TRACK = "ru-us-embassy-talks";
    static final Instant NOW = Instant.parse("2025-04-11T09:00:00Z");
    static final Instant EARLIER = Instant.parse("2025-03-01T12:00:00Z");
    /** A fact recorded on another track on 2016-12-29, which facts on this one may refer to. */
    static final UUID RECORDED_ELSEWHERE = UUID.fromString("00000000-0000-0000-0000-0000000000ee");
    /** Another fact recorded on another track, on 2017-03-01. */
    static final UUID ALSO_RECORDED_ELSEWHERE = UUID.fromString("00000000-0000-0000-0000-0000000000ed");
    /** A fact recorded on another track in 2017, and retracted since. */
    static final UUID RETRACTED_ELSEWHERE = UUID.fromString("00000000-0000-0000-0000-0000000000ef");

    /** The rest of the timeline, as the track under test sees it: the facts above. */
    private static final Map<UUID, KnownFact> ELSEWHERE = Map.of(
            RECORDED_ELSEWHERE, new KnownFact(EdtfDate.parse("2016-12-29"), false),
            ALSO_RECORDED_ELSEWHERE, new KnownFact(EdtfDate.parse("2017-03-01"), false),
            RETRACTED_ELSEWHERE, new KnownFact(EdtfDate.parse("2017"), true));

    /** A track under test, knowing of the facts recorded elsewhere on the timeline. */
    static FixtureConfiguration<Track> fixture() {
        FixtureConfiguration<Track> fixture = new AggregateTestFixture<>(Track.class);
        fixture.registerInjectableResource(new KnownFacts() {
            @Override
            public boolean isRecorded(UUID factId) {
                return ELSEWHERE.containsKey(factId);
            }

            @Override
            public Optional<KnownFact> find(UUID factId) {
                return Optional.ofNullable(ELSEWHERE.get(factId));
            }
        });
        return fixture;
    }

    static UUID id(int n) {
        return new UUID(0, n);
    }

    static FactHeader header(UUID id, String occurredOn) {
        return new FactHeader(id, TRACK, EdtfDate.parse(occurredOn), "A fact on the embassy track", null,
                List.of(new Actor("Alexander Darchiev", "RU", "head of delegation", "Ambassador to the United States")),
                new Place("Consulate General of Russia", "Istanbul", "TR"), List.of("diplomatic-property"),
                List.of(new Source("IANS", LocalDate.of(2025, 4, 10), null, null)));
    }

    /** A fact of this track that answers earlier facts. */
    static FactHeader responding(UUID id, String occurredOn, Response... respondsTo) {
        FactHeader fact = header(id, occurredOn);
        return new FactHeader(id, TRACK, fact.occurredOn(), fact.title(), null, fact.actors(), fact.location(),
                fact.topics(), fact.sources(), List.of(respondsTo));
    }

    static RoundHeldDetails round(int number) {
        return new RoundHeldDetails(number, new HoursRange(BigDecimal.valueOf(4), BigDecimal.valueOf(5)), null,
                "TR", List.of());
    }

    static RoundHeld roundHeld(int number, String date, long sequence) {
        return new RoundHeld(header(id(100 + number), date), round(number), sequence, EARLIER);
    }

    static PropertySeizureDetails sixProperties() {
        return new PropertySeizureDetails("RU", "US", 6, EdtfDate.parse("2016/2018"));
    }

    private Facts() {
    }
}
