package io.diplomatictimeline.projection.export;

import static io.diplomatictimeline.projection.ContractSamples.ROUND_HELD;
import static io.diplomatictimeline.projection.ContractSamples.ROUND_SCHEDULED;
import static io.diplomatictimeline.projection.ContractSamples.STATEMENT_ISSUED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.diplomatictimeline.projection.RunningProjectionService;
import io.diplomatictimeline.projection.SampleChange;
import io.diplomatictimeline.projection.SampleFact;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The timeline exported as a reader's programs take it, each export read back by a parser of its own. */
class ExportingTheTimelineOverHttpIT extends RunningProjectionService {

    @Test
    void theCsvHasAHeaderARowPerEntryInUtf8AndNeutralisesWhatASpreadsheetWouldRun() throws IOException {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        SampleFact formula = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2015~/2025~")
                .title("=HYPERLINK(\"http://example.org\",\"Лавров\")");
        SampleFact plus = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2025-05").title("+1 or -1 @ once");
        publishAll(round, formula, plus);

        ResponseEntity<byte[]> export = export("csv", "track=" + track);
        List<Map<String, String>> rows = readCsv(export.getBody());

        assertThat(export.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"timeline.csv\"");
        assertThat(new String(export.getBody(), StandardCharsets.UTF_8)).startsWith(
                "id,occurredOn,start,end,type,track,title,actors,countries,topics,sources,plover,version,status,"
                        + "recordedAt\r\n");
        assertThat(rows).extracting(row -> row.get("id"))
                .containsExactly(formula.id().toString(), round.id().toString(), plus.id().toString());
        assertThat(rows.get(0)).containsEntry("title", "'=HYPERLINK(\"http://example.org\",\"Лавров\")")
                .containsEntry("occurredOn", "2015~/2025~").containsEntry("start", "2015-01-01")
                .containsEntry("end", "2025-12-31").containsEntry("type", "statement-issued")
                .containsEntry("version", "1").containsEntry("status", "current");
        assertThat(rows.get(1)).containsEntry("actors", "Alexander Darchiev (RU); Sonata Coulter (US)")
                .containsEntry("plover", "CONSULT/visit").containsEntry("track", track)
                .containsEntry("recordedAt", round.document().get("recordedAt").asText());
        assertThat(rows.get(1).get("countries")).contains("RU", "US", "TR");
        assertThat(rows.get(1).get("sources")).startsWith("IANS, 2025-04-10");
        assertThat(rows.get(2)).containsEntry("title", "'+1 or -1 @ once");
    }

    @Test
    void anExportTakesTheTimelinesFiltersAsOfAndLimit() throws IOException {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track);
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track);
        SampleChange redated = round.corrected("a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        publishAll(round, statement);
        publish(redated.data());
        awaitAnswer("/api/timeline/" + round.id(), entry -> entry.path("version").asInt() == 2);
        String before = "asOf=" + statement.document().get("recordedAt").asText();

        assertThat(readCsv(export("csv", "track=" + track + "&actor=sonata-coulter").getBody()))
                .extracting(row -> row.get("occurredOn")).containsExactly("2025-04-11");
        assertThat(readCsv(export("csv", "track=" + track + "&actor=sonata-coulter&" + before).getBody()))
                .extracting(row -> row.get("occurredOn")).containsExactly("2025-04-10");
        assertThat(readCsv(export("csv", "track=" + track + "&limit=1").getBody())).hasSize(1);
        assertThat(readCsv(export("csv", "track=" + track + "&type=statement-issued").getBody()))
                .extracting(row -> row.get("id")).containsExactly(statement.id().toString());
    }

    @Test
    void theCalendarHasAnAllDayEventPerRoundWithAStableUidItsVersionAndRetractedRoundsCancelled()
            throws IOException, ParserException {
        String track = freshTrack();
        SampleFact first = SampleFact.of(ROUND_HELD).on(track).occurredOn("2025-02-27")
                .details(details -> details.put("roundNumber", 1));
        SampleFact secondScheduled = SampleFact.of(ROUND_SCHEDULED).on(track).occurredOn("2025-04-09")
                .details(details -> details.put("roundNumber", 2));
        SampleFact secondHeld = SampleFact.of(ROUND_HELD).on(track).occurredOn("2025-04-10")
                .details(details -> details.put("roundNumber", 2));
        SampleFact third = SampleFact.of(ROUND_SCHEDULED).on(track).occurredOn("2025-06")
                .details(details -> details.put("roundNumber", 3));
        SampleFact statement = SampleFact.of(STATEMENT_ISSUED).on(track);
        SampleChange secondRedated = secondHeld.corrected("a day later", fact -> fact.put("occurredOn", "2025-04-11"));
        SampleChange thirdCalledOff = third.retracted("never scheduled");
        publishAll(first, secondScheduled, secondHeld, third, statement);
        publish(secondRedated.data());
        publish(thirdCalledOff.data());
        awaitAnswer("/api/timeline/" + third.id(), entry -> "retracted".equals(entry.path("status").asText()));

        ResponseEntity<byte[]> export = export("ics", "track=" + track);
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                new String(export.getBody(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertThat(export.getHeaders().getContentType().toString()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(events).extracting(event -> value(event, Property.UID))
                .containsExactly("round-1." + track + "@diplomatic-timeline", "round-2." + track + "@diplomatic-timeline",
                        "round-3." + track + "@diplomatic-timeline");
        assertThat(events).extracting(event -> value(event, Property.DTSTART))
                .containsExactly("20250227", "20250411", "20250601");
        assertThat(events).extracting(event -> value(event, Property.DTEND))
                .containsExactly("20250228", "20250412", "20250701");
        assertThat(events).extracting(event -> value(event, Property.SEQUENCE)).containsExactly("1", "2", "2");
        assertThat(events).extracting(event -> value(event, Property.STATUS))
                .containsExactly("CONFIRMED", "CONFIRMED", "CANCELLED");
        assertThat(events.get(1).getProperty(Property.DTSTART).flatMap(p -> p.getParameter("VALUE"))
                .map(Object::toString)).contains("VALUE=DATE");
        assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo(secondHeld.document().get("title").asText());
        assertThat(events.get(1).getProperties(Property.DTSTAMP)).hasSize(1);
    }

    @Test
    void theTimelineJsExportHasDatesInPartsReadableDatesGroupsAndEscapedText() {
        String track = freshTrack();
        SampleFact round = SampleFact.of(ROUND_HELD).on(track).title("Round <b>two</b> & more");
        SampleFact longAgo = SampleFact.of(STATEMENT_ISSUED).on(track).occurredOn("2015~/2025-02?");
        publishAll(round, longAgo);

        ResponseEntity<JsonNode> export = http.getForEntity("/api/timeline/export?format=timelinejs&track=" + track,
                JsonNode.class);
        JsonNode events = export.getBody().get("events");

        assertThat(events).hasSize(2);
        JsonNode interval = events.get(0);
        assertThat(interval.get("unique_id").asText()).isEqualTo(longAgo.id().toString());
        assertThat(interval.get("start_date").toString()).isEqualTo("{\"year\":2015}");
        assertThat(interval.get("end_date").toString()).isEqualTo("{\"year\":2025,\"month\":2}");
        assertThat(interval.get("display_date").asText()).isEqualTo("about 2015 – February 2025?");
        assertThat(interval.get("group").asText()).isEqualTo("statement-issued");
        JsonNode held = events.get(1);
        assertThat(held.get("start_date").toString()).isEqualTo("{\"year\":2025,\"month\":4,\"day\":10}");
        assertThat(held.has("end_date")).isFalse();
        assertThat(held.has("display_date")).isFalse();
        assertThat(held.get("text").get("headline").asText()).isEqualTo("Round &lt;b&gt;two&lt;/b&gt; &amp; more");
        assertThat(held.get("text").get("text").asText()).contains("<p>Alexander Darchiev (RU); Sonata Coulter (US)</p>");
    }

    @Test
    void aMissingOrUnknownFormatOrACursorIsA400ProblemNamingIt() {
        assertBadParameter(get("/api/timeline/export"), "format", "timelinejs, csv, ics");
        assertBadParameter(get("/api/timeline/export?format=xlsx"), "format", "was 'xlsx'");
        assertBadParameter(get("/api/timeline/export?format=csv&cursor=abc"), "cursor", "not taken by exports");
    }

    private void publishAll(SampleFact... facts) {
        for (SampleFact fact : facts) {
            publish(fact.document());
        }
        awaitOnTimeline(facts[facts.length - 1].document());
    }

    private ResponseEntity<byte[]> export(String format, String query) {
        ResponseEntity<byte[]> export = http.getForEntity("/api/timeline/export?format=" + format + "&" + query,
                byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        return export;
    }

    private static List<Map<String, String>> readCsv(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(mapper.schemaWithHeader()).readValues(new String(csv, StandardCharsets.UTF_8))) {
            return rows.readAll();
        }
    }

    private static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }
}
