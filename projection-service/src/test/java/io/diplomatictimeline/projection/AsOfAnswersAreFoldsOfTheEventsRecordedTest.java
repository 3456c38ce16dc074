package io.diplomatictimeline.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.disputes.DisputeQuery;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.timeline.TimelineQuery;
import io.diplomatictimeline.projection.timeline.TimelineReadModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random histories of facts posted, corrected and retracted, recorded at increasing random instants, what the
 * real read models over a real H2 database answer as of every recorded instant (and just before each, and now) is
 * what a fold of the events recorded up to that instant gives: the timeline with and without retracted entries,
 * the rounds and the disputes. The fold below is a model of its own, written from the contract, not from the code.
 */
class AsOfAnswersAreFoldsOfTheEventsRecordedTest {

    private static final List<String> TYPES = List.of(ContractSamples.ROUND_SCHEDULED, ContractSamples.ROUND_HELD,
            ContractSamples.DISPUTE_RAISED, ContractSamples.DISPUTE_RESOLVED, ContractSamples.STATEMENT_ISSUED);
    private static final List<String> DATES = List.of("2025-02-27", "2025-04-10", "2025-04", "2025", "2016/2018",
            "2025-03~", "2025-04-11");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** One database for every try: each history is on a track of its own, which every query names. */
    private static final EveryReadModel READ_MODELS = new EveryReadModel();

    @Property(tries = 50)
    void everyAsOfAnswerIsTheFoldOfTheEventsRecordedUpToThatInstant(@ForAll("histories") List<Step> steps) {
        String track = "fold-" + UUID.randomUUID();
        List<Event> events = interpret(steps, track);
        for (Event event : events) {
            if (event.change() == null) {
                READ_MODELS.apply(event.fact());
            } else {
                READ_MODELS.apply(event.change());
            }
        }

        List<Instant> instants = new ArrayList<>();
        instants.add(START);
        for (Event event : events) {
            instants.add(event.at().minus(1, ChronoUnit.MICROS));
            instants.add(event.at());
        }
        for (Instant instant : instants) {
            assertAnswersAreTheFold(track, AsOf.at(instant), fold(events, instant));
        }
        assertAnswersAreTheFold(track, AsOf.now(), fold(events, Instant.MAX));
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, DATES.size() - 1),
                        Arbitraries.integers().between(1, 3),
                        // From a microsecond to a few seconds after the event before.
                        Arbitraries.longs().between(1, 5_000_000))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(15);
    }

    private static void assertAnswersAreTheFold(String track, AsOf asOf, Map<UUID, Known> known) {
        TimelineQuery onTrack = TimelineQuery.everything().onTrack(track).limit(TimelineQuery.MAX_LIMIT).asOf(asOf);
        assertThat(seen(TimelineReadModel.json(READ_MODELS.timeline(onTrack)))).as("timeline as of %s", asOf.instant())
                .isEqualTo(expectedTimeline(known, false));
        assertThat(seen(TimelineReadModel.json(READ_MODELS.timeline(onTrack.includingRetracted(true)))))
                .as("timeline with retracted entries as of %s", asOf.instant())
                .isEqualTo(expectedTimeline(known, true));
        assertThat(READ_MODELS.rounds().list(track, asOf).stream()
                .map(round -> new RoundSeen(round.number(), round.status(), round.scheduledFor(), round.heldOn()))
                .toList()).as("rounds as of %s", asOf.instant())
                .isEqualTo(expectedRounds(known));
        assertThat(READ_MODELS.disputes().find(DisputeQuery.all().onTrack(track).asOf(asOf)).stream()
                .map(dispute -> new DisputeSeen(dispute.id(), dispute.status())).toList())
                .as("disputes as of %s", asOf.instant())
                .isEqualTo(expectedDisputes(known));
    }

    // ---- the history: random steps made into facts and changes, in recorded order

    /**
     * @param action   0 to 4 posts a fact, 5 to 7 corrects one, 8 and 9 retract one (a post when none can be)
     * @param target   which type to post, or which fact to change, or which dispute a resolution resolves
     * @param date     the occurredOn posted or corrected to
     * @param round    the round number posted or corrected to
     * @param gapMicros how long after the event before this one was recorded
     */
    record Step(int action, int target, int date, int round, long gapMicros) {
    }

    /** A fact posted (change null) or a change to one, recorded at that instant. */
    private record Event(Instant at, UUID factId, SampleFact fact, SampleChange change) {
    }

    private static List<Event> interpret(List<Step> steps, String track) {
        List<Event> events = new ArrayList<>();
        List<SampleFact> changeable = new ArrayList<>();
        List<SampleFact> disputes = new ArrayList<>();
        Instant at = START;
        for (Step step : steps) {
            at = at.plus(step.gapMicros(), ChronoUnit.MICROS);
            String date = DATES.get(step.date());
            if (step.action() >= 5 && !changeable.isEmpty()) {
                SampleFact fact = changeable.get(step.target() % changeable.size());
                if (step.action() >= 8) {
                    changeable.remove(fact);
                    events.add(new Event(at, fact.id(), fact, fact.retracted("withdrawn #" + events.size(), at)));
                } else {
                    String title = "corrected #" + events.size();
                    events.add(new Event(at, fact.id(), fact, fact.corrected("re-dated", document -> {
                        document.put("occurredOn", date).put("title", title);
                        if (document.path("details").has("roundNumber")) {
                            ((ObjectNode) document.get("details")).put("roundNumber", step.round());
                        }
                    }, at)));
                }
            } else {
                String type = TYPES.get(step.target() % TYPES.size());
                Instant recordedAt = at;
                SampleFact fact = SampleFact.of(type).on(track).occurredOn(date)
                        .title("posted #" + events.size())
                        .with(document -> document.put("recordedAt", recordedAt.toString()));
                if (type.startsWith("round-")) {
                    fact.details(details -> details.put("roundNumber", step.round()));
                } else if (type.equals(ContractSamples.DISPUTE_RESOLVED)) {
                    String disputeId = disputes.isEmpty() ? UUID.randomUUID().toString()
                            : disputes.get(step.target() % disputes.size()).id().toString();
                    fact.details(details -> details.put("disputeId", disputeId));
                } else if (type.equals(ContractSamples.DISPUTE_RAISED)) {
                    disputes.add(fact);
                }
                changeable.add(fact);
                events.add(new Event(at, fact.id(), fact, null));
            }
        }
        return events;
    }

    // ---- the fold: what is known of each fact at an instant, from the events recorded up to it

    /** What is known of one fact. */
    private static final class Known {
        UUID id;
        JsonNode document;
        int version;
        Instant versionRecordedAt;
        Instant firstRecordedAt;
        boolean retracted;
        String retractionReason;

        String type() {
            return document.get("type").asText();
        }

        JsonNode details() {
            return document.path("details");
        }
    }

    private static Map<UUID, Known> fold(List<Event> events, Instant until) {
        Map<UUID, Known> known = new LinkedHashMap<>();
        for (Event event : events) {
            if (event.at().isAfter(until)) {
                break;
            }
            if (event.change() == null) {
                Known fact = new Known();
                fact.id = event.factId();
                fact.document = event.fact().document();
                fact.version = 1;
                fact.versionRecordedAt = event.at();
                fact.firstRecordedAt = event.at();
                known.put(fact.id, fact);
                continue;
            }
            Known fact = known.get(event.factId());
            JsonNode data = event.change().data();
            fact.version = data.get("version").asInt();
            fact.versionRecordedAt = event.at();
            if (data.get("type").asText().equals(SampleChange.FACT_RETRACTED)) {
                fact.retracted = true;
                fact.retractionReason = data.get("reason").asText();
            } else {
                fact.document = data.get("fact");
            }
        }
        return known;
    }

    /** An entry as the tests compare it. */
    private record EntrySeen(String id, int version, String status, String recordedAt, String firstRecordedAt,
                             String occurredOn, String title, String retractionReason) {
    }

    private static List<EntrySeen> seen(List<JsonNode> entries) {
        return entries.stream().map(entry -> new EntrySeen(entry.get("id").asText(), entry.get("version").asInt(),
                entry.get("status").asText(), entry.get("recordedAt").asText(), entry.get("firstRecordedAt").asText(),
                entry.get("occurredOn").asText(), entry.get("title").asText(),
                entry.has("retraction") ? entry.at("/retraction/reason").asText() : null)).toList();
    }

    /** Earliest first by the start of the period, then by when the version shown was recorded. */
    private static List<EntrySeen> expectedTimeline(Map<UUID, Known> known, boolean includeRetracted) {
        return known.values().stream()
                .filter(fact -> includeRetracted || !fact.retracted)
                .sorted(Comparator.comparing((Known fact) -> periodStart(fact.document))
                        .thenComparing(fact -> fact.versionRecordedAt))
                .map(fact -> new EntrySeen(fact.id.toString(), fact.version,
                        fact.retracted ? "retracted" : "current", fact.versionRecordedAt.toString(),
                        fact.firstRecordedAt.toString(), fact.document.get("occurredOn").asText(),
                        fact.document.get("title").asText(), fact.retracted ? fact.retractionReason : null))
                .toList();
    }

    private record RoundSeen(int number, String status, String scheduledFor, String heldOn) {
    }

    /**
     * A round is known by the facts scheduling or holding it that are not retracted: held once a fact holds it (the
     * earliest by date, then recording, says when), else scheduled for the date of the schedule first recorded last
     * (a rescheduling is a fact of its own, recorded after the schedule it replaces; a correction is not one).
     */
    private static List<RoundSeen> expectedRounds(Map<UUID, Known> known) {
        Map<Integer, List<Known>> byNumber = new TreeMap<>();
        known.values().stream()
                .filter(fact -> !fact.retracted && fact.type().startsWith("round-"))
                .forEach(fact -> byNumber.computeIfAbsent(fact.details().get("roundNumber").asInt(),
                        number -> new ArrayList<>()).add(fact));
        List<RoundSeen> rounds = new ArrayList<>();
        byNumber.forEach((number, facts) -> {
            Known held = facts.stream().filter(fact -> fact.type().equals(ContractSamples.ROUND_HELD))
                    .min(Comparator.comparing((Known fact) -> periodStart(fact.document))
                            .thenComparing(fact -> fact.versionRecordedAt))
                    .orElse(null);
            Known scheduled = facts.stream().filter(fact -> fact.type().equals(ContractSamples.ROUND_SCHEDULED))
                    .max(Comparator.comparing(fact -> fact.firstRecordedAt))
                    .orElse(null);
            rounds.add(new RoundSeen(number, held == null ? "scheduled" : "held", occurredOn(scheduled),
                    occurredOn(held)));
        });
        return rounds;
    }

    private record DisputeSeen(UUID id, String status) {
    }

    /** A dispute raised and not retracted, resolved once a resolution of it is known and not retracted. */
    private static List<DisputeSeen> expectedDisputes(Map<UUID, Known> known) {
        return known.values().stream()
                .filter(fact -> !fact.retracted && fact.type().equals(ContractSamples.DISPUTE_RAISED))
                .sorted(Comparator.comparing((Known fact) -> periodStart(fact.document))
                        .thenComparing(fact -> fact.versionRecordedAt))
                .map(dispute -> new DisputeSeen(dispute.id, known.values().stream()
                        .anyMatch(fact -> !fact.retracted && fact.type().equals(ContractSamples.DISPUTE_RESOLVED)
                                && fact.details().path("disputeId").asText().equals(dispute.id.toString()))
                        ? "resolved" : "open"))
                .toList();
    }

    private static LocalDate periodStart(JsonNode document) {
        return EdtfDate.parse(document.get("occurredOn").asText()).earliest();
    }

    private static String occurredOn(Known fact) {
        return fact == null ? null : fact.document.get("occurredOn").asText();
    }
}
