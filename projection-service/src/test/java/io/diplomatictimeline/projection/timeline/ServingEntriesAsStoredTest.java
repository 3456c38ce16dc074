package io.diplomatictimeline.projection.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An entry served from its stored document's text is, character for character, what Jackson writes of the tree
 * {@link TimelineEntry#of} makes of the parsed document; a document the splice cannot be sure of takes the tree's way.
 */
class ServingEntriesAsStoredTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FIRST = Instant.parse("2025-04-10T08:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2025-04-12T09:30:00Z");

    private static final String FACT = """
            {"id":"3b0f6a52-7d1c-4c8e-9a41-2f5e0c1d9a03","track":"bench-deep","occurredOn":"1950-01-01",
             "title":"Diplomats expelled, \\"quoted\\" \\\\ back\\nslash \\u0001 {not} [an] object: Заголовок ✓ 😀",
             "summary":null,"actors":[],"location":null,"topics":[],
             "sources":[{"publisher":"X","publishedOn":"2025-01-01","url":null,"quote":"a, b: {c}"}],
             "type":"diplomats-expelled",
             "details":{"version":7,"status":"nested","recordedAt":"nested","numbers":[1,-2,3.5,-1.0E-7,1.0E21,
               12345678901234567890123,true,false,null,{},[],[[{}]]]},
             "sequence":1251,"recordedAt":"2026-11-28T02:39:40.951496Z","plover":{"event":"SANCTION","mode":"expel"}}""";

    @Test
    void aCurrentEntryIsTheStoredTextWithTheVersionsFieldsAppended() throws Exception {
        String stored = stored(FACT);
        String served = TimelineEntry.served(stored, 1, TimelineEntry.CURRENT, FIRST, FIRST);
        assertThat(served).isNotNull().isEqualTo(viaTree(stored, 1, FIRST, FIRST));
        assertThat(served).startsWith(stored.substring(0, stored.length() - 1))
                .endsWith(",\"firstRecordedAt\":\"2026-11-28T02:39:40.951496Z\",\"version\":1,\"status\":\"current\"}");
    }

    @Test
    void aLaterVersionShowsItsOwnRecordedAtInPlace() throws Exception {
        String stored = stored(FACT);
        String served = TimelineEntry.served(stored, 3, TimelineEntry.CURRENT, LATER, FIRST);
        assertThat(served).isNotNull().isEqualTo(viaTree(stored, 3, LATER, FIRST)).contains("\"recordedAt\":\"" + LATER);
    }

    @Test
    void aDocumentWithoutATextualRecordedAtGetsTheInstants() throws Exception {
        for (String fact : new String[] {"{\"id\":\"x\",\"title\":\"t\"}", "{\"recordedAt\":12,\"title\":\"t\"}",
                "{\"title\":\"t\",\"recordedAt\":null}", "{\"recordedAt\":{\"a\":[1]}}"}) {
            String stored = stored(fact);
            for (Instant recordedAt : new Instant[] {FIRST, LATER}) {
                String served = TimelineEntry.served(stored, 2, TimelineEntry.CURRENT, recordedAt, FIRST);
                assertThat(served).as(fact).isNotNull().isEqualTo(viaTree(stored, 2, recordedAt, FIRST));
            }
        }
    }

    @Test
    void whatTheTreeWouldOverwriteOrAnythingUnusualTakesTheTreesWay() throws Exception {
        for (String fact : new String[] {"{\"title\":\"t\",\"version\":4}", "{\"status\":\"x\"}",
                "{\"firstRecordedAt\":\"x\"}", "{\"retraction\":{}}", "{}"}) {
            assertThat(TimelineEntry.served(stored(fact), 1, TimelineEntry.CURRENT, FIRST, FIRST)).as(fact).isNull();
        }
        assertThat(TimelineEntry.served(stored(FACT), 2, TimelineEntry.RETRACTED, LATER, FIRST)).isNull();
        // Not as JsonNode.toString() writes: whitespace between tokens, an escaped field name, a duplicate field.
        assertThat(TimelineEntry.served("{ \"title\":\"t\"}", 1, TimelineEntry.CURRENT, FIRST, FIRST)).isNull();
        assertThat(TimelineEntry.served("{\"title\":\"t\",\"a\":[1, 2]}", 1, TimelineEntry.CURRENT, FIRST, FIRST))
                .isNull();
        assertThat(TimelineEntry.served("{\"\\u0076ersion\":1}", 1, TimelineEntry.CURRENT, FIRST, FIRST)).isNull();
        assertThat(TimelineEntry.served("{\"recordedAt\":\"a\",\"recordedAt\":\"b\"}", 1, TimelineEntry.CURRENT,
                FIRST, FIRST)).isNull();
        assertThat(TimelineEntry.served("{\"title\":\"t\"", 1, TimelineEntry.CURRENT, FIRST, FIRST)).isNull();
        assertThat(TimelineEntry.served("{\"title\":\"t}", 1, TimelineEntry.CURRENT, FIRST, FIRST)).isNull();
    }

    /** The document as the projection stores it. */
    private static String stored(String fact) throws Exception {
        return JSON.readTree(fact).toString();
    }

    private static String viaTree(String stored, int version, Instant recordedAt, Instant firstRecordedAt)
            throws Exception {
        return JSON.writeValueAsString(TimelineEntry.of((ObjectNode) JSON.readTree(stored), version,
                TimelineEntry.CURRENT, recordedAt, firstRecordedAt, null, null));
    }
}
