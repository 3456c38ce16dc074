package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.edtf.EdtfDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry is its stored document, written as it is, with the fields of the version shown set on it. */
class TimelineEntryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FIRST = Instant.parse("2025-04-10T09:00:00Z");
    private static final EdtfDate ON = EdtfDate.parse("2025-04-10~");
    private static final Instant LATER = Instant.parse("2025-04-11T12:30:00Z");
    private static final String DOCUMENT = """
            {"id":"0196","type":"round-held","recordedAt":"2025-04-10T09:00:00.000Z",\
            "details":{"roundNumber":2,"delegations":[{"country":"RU","head":{"name":"A \\"B\\" C"}}]},\
            "sources":[{"publisher":"TASS","status":"ok"}],"sequence":7,"weight":1500.5,"draft":null}""";

    @Test
    void aFirstVersionIsItsDocumentWithTheVersionsFieldsAddedAfterItsOwn() throws JsonProcessingException {
        String served = write(new TimelineEntry(DOCUMENT, ON, 1, TimelineEntry.CURRENT, FIRST, FIRST, null, null));

        assertThat(served).isEqualTo(DOCUMENT.substring(0, DOCUMENT.length() - 1)
                + ",\"firstRecordedAt\":\"2025-04-10T09:00:00.000Z\",\"version\":1,\"status\":\"current\",\"occurredOnReadable\":\"about 10 April 2025\"}");
    }

    @Test
    void aLaterVersionTakesItsOwnRecordedAtInPlaceAndKeepsTheFirstAsPublished() throws JsonProcessingException {
        String served = write(new TimelineEntry(DOCUMENT, ON, 3, TimelineEntry.CURRENT, LATER, FIRST, null, null));

        assertThat(served)
                .startsWith("{\"id\":\"0196\",\"type\":\"round-held\",\"recordedAt\":\"2025-04-11T12:30:00Z\",")
                .endsWith("\"firstRecordedAt\":\"2025-04-10T09:00:00.000Z\",\"version\":3,\"status\":\"current\",\"occurredOnReadable\":\"about 10 April 2025\"}");
    }

    @Test
    void aRetractedEntryCarriesTheRetractionWithItsSource() throws JsonProcessingException {
        String served = write(new TimelineEntry(DOCUMENT, ON, 2, TimelineEntry.RETRACTED, LATER, FIRST, "never raised",
                "{\"publisher\":\"TASS\",\"url\":\"https://tass.ru/x\"}"));

        assertThat(served).endsWith("\"version\":2,\"status\":\"retracted\",\"occurredOnReadable\":\"about 10 April 2025\","
                + "\"retraction\":{\"reason\":\"never raised\","
                + "\"source\":{\"publisher\":\"TASS\",\"url\":\"https://tass.ru/x\"},"
                + "\"recordedAt\":\"2025-04-11T12:30:00Z\"}}");
    }

    @Test
    void fieldsOfTheSameNameInTheDocumentAreReplacedWhereTheyStand() throws JsonProcessingException {
        String document = """
                {"status":"draft","firstRecordedAt":"?","version":"x","retraction":{"old":true},\
                "recordedAt":"2025-04-10T09:00:00.000Z"}""";

        String served = write(new TimelineEntry(document, ON, 2, TimelineEntry.RETRACTED, LATER, FIRST, null, null));

        assertThat(served).isEqualTo("{\"status\":\"retracted\",\"firstRecordedAt\":\"2025-04-10T09:00:00.000Z\","
                + "\"version\":2,"
                + "\"retraction\":{\"reason\":null,\"source\":null,\"recordedAt\":\"2025-04-11T12:30:00Z\"},"
                + "\"recordedAt\":\"2025-04-11T12:30:00Z\",\"occurredOnReadable\":\"about 10 April 2025\"}");
    }

    @Test
    void withoutAPublishedTimeAsTextTheFirstRecordingIsWrittenAsAnInstant() throws JsonProcessingException {
        String served = write(new TimelineEntry("{\"id\":\"0196\"}", ON, 2, TimelineEntry.CURRENT, LATER, FIRST, null,
                null));

        assertThat(served).isEqualTo("{\"id\":\"0196\",\"firstRecordedAt\":\"2025-04-10T09:00:00Z\","
                + "\"recordedAt\":\"2025-04-11T12:30:00Z\",\"version\":2,\"status\":\"current\",\"occurredOnReadable\":\"about 10 April 2025\"}");
    }

    @Test
    void anEntryIsTheSameWrittenToTextOrToATree() throws JsonProcessingException {
        TimelineEntry entry = new TimelineEntry(DOCUMENT, ON, 1, TimelineEntry.CURRENT, FIRST, FIRST, null, null);

        JsonNode tree = JSON.valueToTree(entry);

        assertThat(tree).isEqualTo(JSON.readTree(write(entry)));
    }

    @Test
    void aStoredEntryIsWrittenAsStoredWithItsCorroborationBeforeItsEnd() throws JsonProcessingException {
        TimelineEntry written = new TimelineEntry(DOCUMENT, ON, 3, TimelineEntry.CURRENT, LATER, FIRST, null, null);
        String corroboration = "{\"sources\":2,\"publishers\":2,\"disputedBy\":[],\"level\":\"corroborated\"}";
        written.corroboration(corroboration);
        TimelineEntry stored = TimelineEntry.stored(written.served());
        stored.corroboration(corroboration);

        assertThat(write(stored)).isEqualTo(write(written))
                .endsWith(",\"corroboration\":" + corroboration + "}");
        assertThat(JSON.writeValueAsString(List.of(stored, stored))).isEqualTo("[" + write(written) + ","
                + write(written) + "]");
        assertThat(JSON.<JsonNode>valueToTree(stored)).isEqualTo(JSON.readTree(write(written)));
    }

    @Test
    void theEntryAsStoredIsWrittenAsTheServiceWritesUtf8() {
        TimelineEntry entry = new TimelineEntry("{\"title\":\"Talks 🤝 «Istanbul»\"}", ON, 1, TimelineEntry.CURRENT,
                FIRST, FIRST, null, null);

        assertThat(entry.served()).startsWith("{\"title\":\"Talks \\uD83E\\uDD1D «Istanbul»\"");
    }

    private static String write(TimelineEntry entry) throws JsonProcessingException {
        return JSON.writeValueAsString(entry);
    }
}
