package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.ContractSamples;
import io.diplomatictimeline.projection.EveryReadModel;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import io.diplomatictimeline.projection.corroboration.CorroborationReadModel;
import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.readmodel.ReadModelDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each version of an entry keeps the entry as served (issue 21), and pages copy it: what they serve must be, byte for
 * byte, what they served when they wrote every entry from its document. Shown on a timeline of every type of fact,
 * with dates of every kind EDTF allows here, actors, quotes, sources and titles of every sort of character (emoji,
 * scripts, quotes, backslashes, control characters), facts that answer others, corrections, retractions and sources
 * added since (the corroboration), asked about now and as of every moment something was recorded.
 */
class StoringEntriesAsServedTest {

    /** Serialises as the service's message converter does: UTF-8 bytes. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final String TRACK = "ru-us-embassy-talks";
    private static final List<String> DATES = List.of("2025-04-10", "2025-04", "2025", "2025-04-10~", "2025-04~",
            "2025?", "2016/2018", "2025-02-27/2025-04-10", "2015~/2025~", "1991-12-25");
    private static final List<String> TEXTS = List.of(
            "Talks \"resume\" in Istanbul 🇷🇺🤝🇺🇸",
            "Рябков: «диалог продолжится» — 第二轮会谈",
            "A back\\slash, a tab\tand a line\nbreak, a bell \u0007 and a NUL-free \u001f",
            "Émigrés' café & <b>naïve</b> 'quotes' \u2028 separators \u2029",
            "😀 only emoji 🧑‍🤝‍🧑🏽",
            "");

    private final ReadModelDatabase database = ReadModelDatabase.fresh();
    private final JdbcClient jdbc = database.jdbc();
    private final EveryReadModel readModels = new EveryReadModel(database);
    /** Every moment something was recorded, and a microsecond before it. */
    private final List<AsOf> moments = new ArrayList<>(List.of(AsOf.now()));

    @BeforeEach
    void aVariedTimelineIsRecorded() {
        List<SampleFact> facts = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String type : ContractSamples.ALL) {
                int seed = n;
                SampleFact fact = SampleFact.of(type).on(round == 2 ? "ru-ua-talks" : TRACK)
                        .occurredOn(DATES.get(seed % DATES.size()))
                        .title(TEXTS.get(seed % TEXTS.size()))
                        .with(document -> document.put("summary", TEXTS.get((seed + 1) % TEXTS.size())))
                        .with(document -> varied(document, seed, facts));
                facts.add(fact);
                record(fact);
                n++;
            }
        }
        // Changes come after every fact, each a second after the one before.
        Instant next = Instant.parse("2025-05-01T10:00:00Z");
        for (int i = 0; i < facts.size(); i += 3) {
            SampleFact fact = facts.get(i);
            String text = TEXTS.get(i % TEXTS.size());
            String correctedOn = DATES.get((i + 3) % DATES.size());
            next = next.plusSeconds(1);
            record(fact.sourceAdded(i % 2 == 0 ? "TASS" : "Интерфакс 📰", "confirms", next));
            if (i % 9 == 0) {
                next = next.plusSeconds(1);
                record(fact.sourceAdded("Example \"Wire\" 🛰", "disputes", next));
            }
            // Recorded at an instant finer than the database keeps: the row keeps it to the microsecond.
            next = next.plusSeconds(1);
            record(fact.corrected("a better title: " + text, document -> document.put("title", text + " (v2)")
                    .put("occurredOn", correctedOn), next.plusNanos(123_456_789)));
            if (i % 2 == 0) {
                next = next.plusSeconds(1);
                SampleChange retraction = fact.retracted("never happened " + text, next);
                ((ObjectNode) retraction.data().get("source")).put("quote", "He said \"no\" 🙅 \\ twice")
                        .put("url", "https://tass.ru/politika/1?q=\"x\"&y=ü");
                record(retraction);
            }
        }
    }

    @Test
    void everyVersionKeepsTheEntryAsItWasWrittenFromItsDocument() throws JsonProcessingException {
        List<StoredRow> rows = jdbc.sql("select * from timeline_entry").query((row, number) -> new StoredRow(
                row.getString("served"), new TimelineEntryAsServedBefore(row.getString("document"),
                EdtfDate.parse(row.getString("occurred_on")), row.getInt("version"), row.getString("status"),
                row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                row.getObject("first_recorded_at", OffsetDateTime.class).toInstant(),
                row.getString("retraction_reason"), row.getString("retraction_source")))).list();

        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(rows).allSatisfy(row ->
                assertThat(row.served()).isEqualTo(new String(JSON.writeValueAsBytes(row.before()),
                        StandardCharsets.UTF_8)));
        assertThat(rows).extracting(StoredRow::served)
                .anySatisfy(served -> assertThat(served).contains("\"status\":\"retracted\""))
                .anySatisfy(served -> assertThat(served).contains("\"respondsTo\":[{"))
                .anySatisfy(served -> assertThat(served).contains("\\uD83C\\uDDF7"))
                .anySatisfy(served -> assertThat(served)
                        .containsPattern("\"recordedAt\":\"2025-05-01T10:0\\d:\\d\\d\\.123457Z\""));
    }

    @Test
    void pagesOfStoredEntriesAreThePagesWrittenFromDocumentsAsOfEveryMoment() throws JsonProcessingException {
        List<String> stored = everyAnswer();

        // As a read model written before issue 21 has them: rows without the entry as served, or some of them.
        jdbc.sql("update timeline_entry set served = null where mod(version, 2) = 0").update();
        List<String> someStored = everyAnswer();
        jdbc.sql("update timeline_entry set served = null").update();
        List<String> fromDocuments = everyAnswer();

        assertThat(stored).hasSizeGreaterThan(100);
        assertThat(stored).containsExactlyElementsOf(fromDocuments);
        assertThat(someStored).containsExactlyElementsOf(fromDocuments);
        assertThat(String.join("", stored)).contains("\"corroboration\":{\"sources\":3,\"publishers\":3,"
                + "\"disputedBy\":[\"Example \\\"Wire\\\" \\uD83D\\uDEF0\"],\"level\":\"contested\"}}");
    }

    @Test
    void anEntryStoredAsServedIsTheSameTreeAndTextAsOneWrittenFromItsDocument() throws JsonProcessingException {
        List<TimelineEntries.Row> rows = jdbc.sql("select " + TimelineEntries.ENTRY_COLUMNS.formatted("")
                        + " from timeline_entry order by id, version")
                .query((row, number) -> TimelineEntries.row(row, number)).list();
        List<TimelineEntryAsServedBefore> before = jdbc.sql("select * from timeline_entry order by id, version")
                .query((row, number) -> new TimelineEntryAsServedBefore(row.getString("document"),
                        EdtfDate.parse(row.getString("occurred_on")), row.getInt("version"), row.getString("status"),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        row.getObject("first_recorded_at", OffsetDateTime.class).toInstant(),
                        row.getString("retraction_reason"), row.getString("retraction_source"))).list();
        String corroboration = "{\"sources\":2,\"publishers\":2,\"disputedBy\":[\"Интерфакс 📰\"],"
                + "\"level\":\"contested\"}";
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).entry().corroboration(corroboration);
            before.get(i).corroboration(corroboration);
        }
        List<TimelineEntry> entries = rows.stream().map(TimelineEntries.Row::entry).toList();

        // A tree, as the exports read entries; text, as the live stream sends them.
        assertThat(JSON.<JsonNode>valueToTree(entries)).isEqualTo(JSON.<JsonNode>valueToTree(before));
        assertThat(JSON.readTree(JSON.writeValueAsString(entries)))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(before)));
    }

    /**
     * Every page of the timeline, seven entries at a time, with and without retracted entries, now and as of every
     * moment; every entry by id; and the live stream's changes: each as the JSON served.
     */
    private List<String> everyAnswer() throws JsonProcessingException {
        TimelineEntries entries = TimelineReadModel.entries(jdbc);
        List<String> answers = new ArrayList<>();
        List<UUID> ids = jdbc.sql("select distinct id from timeline_entry order by id").query(UUID.class).list();
        for (AsOf asOf : moments) {
            for (boolean retracted : List.of(false, true)) {
                TimelineQuery query = TimelineQuery.everything().limit(7).asOf(asOf).includingRetracted(retracted);
                while (query != null) {
                    TimelinePage page = entries.find(query);
                    answers.add(new String(JSON.writeValueAsBytes(page), StandardCharsets.UTF_8));
                    query = page.nextCursor() == null ? null : query.after(page.nextCursor());
                }
            }
            for (UUID id : ids) {
                answers.add(new String(JSON.writeValueAsBytes(entries.findById(id, asOf)), StandardCharsets.UTF_8));
            }
            answers.add(new String(JSON.writeValueAsBytes(entries.standing(ids, asOf).values().stream()
                    .sorted((a, b) -> TimelineEntries.IN_TIMELINE_ORDER.compare(a.place(), b.place()))
                    .map(PlacedEntry::entry).toList()), StandardCharsets.UTF_8));
        }
        answers.add(new String(JSON.writeValueAsBytes(new TimelineChanges(jdbc,
                CorroborationReadModel.corroborations(jdbc)).after(0, Long.MAX_VALUE, TimelineQuery.everything(),
                10_000)), StandardCharsets.UTF_8));
        return answers;
    }

    private void record(SampleFact fact) {
        readModels.apply(fact);
        noteMoment(fact.recorded().recordedAt());
    }

    private void record(SampleChange change) {
        readModels.apply(change);
        noteMoment(change.recordedAt());
    }

    private void noteMoment(Instant at) {
        moments.add(AsOf.at(at));
        moments.add(AsOf.at(at.minusNanos(1000)));
    }

    /** Actors, quotes, sources, numbers and answers of every sort, varied by the seed. */
    private static void varied(ObjectNode document, int seed, List<SampleFact> earlier) {
        // A document of its own making, now and then, with fields of the names an entry sets.
        if (seed % 7 == 3) {
            document.put("version", "draft").put("status", "unknown").putObject("retraction").put("old", true);
        }
        document.putArray("actors").addObject()
                .put("name", seed % 2 == 0 ? "Сергей Рябков" : "Alexander \"Sasha\" Darchiev 🙂")
                .put("country", seed % 3 == 0 ? "RU" : "US")
                .putNull("role")
                .put("office", TEXTS.get((seed + 2) % TEXTS.size()));
        ObjectNode source = document.putArray("sources").addObject()
                .put("publisher", seed % 2 == 0 ? "IANS" : "ТАСС")
                .put("publishedOn", "2025-04-10")
                .put("url", "https://example.org/a?b=\"c\"&d=é")
                .put("quote", "«" + TEXTS.get((seed + 3) % TEXTS.size()) + "» he said, \"twice\"");
        if (seed % 4 == 0) {
            source.putNull("url");
        }
        document.putArray("topics").add("embassies").add("visas ✈");
        ObjectNode extra = document.putObject("extra");
        extra.put("weight", 1500.50).put("big", new java.math.BigInteger("12345678901234567890"))
                .put("negative", -7).put("exponent", 1.0e-7).putNull("nothing");
        extra.putArray("empty");
        extra.putObject("nested").putObject("deeper").putArray("list").add(true).add(false).addNull();
        if (!earlier.isEmpty() && seed % 3 == 1) {
            SampleFact answered = earlier.get(seed % earlier.size());
            document.putArray("respondsTo").addObject().put("id", answered.id().toString())
                    .put("relation", seed % 2 == 0 ? "retaliates" : "answers");
        }
    }

    private record StoredRow(String served, TimelineEntryAsServedBefore before) {
    }

}
