package io.diplomatictimeline.benchmark.jdbc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.diplomatictimeline.benchmark.facts.DataPlan;
import io.diplomatictimeline.benchmark.facts.Facts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * The stored forms of a planned fact, shaped as the services store them: the event payload as Axon's Jackson
 * serializer writes a DiplomatsExpelled (header, details, sequence, recordedAt), the metadata Axon adds, and the
 * document the projection keeps (the fact as published: the posted envelope plus id, sequence, recordedAt and its
 * PLOVER category).
 */
final class Rows {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** An exact day as the projection writes occurredOnReadable. */
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The kind of id timeline-service gives a new fact and Axon's events (version 7: time first), so that the
     *  ceilings' indexes take their keys in the order the services' do. */
    private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

    final UUID id = IDS.generate();
    final DataPlan.Planned planned;
    final Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final ObjectNode body;

    Rows(DataPlan.Planned planned) {
        this.planned = planned;
        this.body = Facts.body(planned.track(), planned.occurredOn(), planned.n());
    }

    byte[] eventPayload() {
        ObjectNode event = JSON.objectNode();
        ObjectNode fact = event.putObject("fact");
        fact.put("id", id.toString());
        header(fact);
        event.set("details", body.get("details"));
        event.put("sequence", planned.sequence());
        event.put("recordedAt", recordedAt.toString());
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] eventMetaData() {
        UUID trace = UUID.randomUUID();
        return ("{\"traceId\":\"" + trace + "\",\"correlationId\":\"" + trace + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The SHA-256 the service keeps in hex: 64 characters. */
    String fingerprint() {
        String hex = id.toString().replace("-", "");
        return hex + hex;
    }

    String document() {
        ObjectNode document = JSON.objectNode();
        document.put("id", id.toString());
        header(document);
        document.put("type", Facts.TYPE);
        document.set("details", body.get("details"));
        document.put("sequence", planned.sequence());
        document.put("recordedAt", recordedAt.toString());
        ObjectNode plover = document.putObject("plover");
        plover.put("event", "SANCTION");
        plover.put("mode", "expel");
        return document.toString();
    }

    /**
     * The entry as /api/timeline serves it, which the projection keeps beside the document (issue 21): the document
     * with the fields of its first version added after its own, as projection-service's TimelineEntry writes them.
     */
    String served(String document) {
        ObjectNode added = JSON.objectNode();
        added.put("firstRecordedAt", recordedAt.toString());
        added.put("version", 1);
        added.put("status", "current");
        added.put("occurredOnReadable", READABLE.format(planned.occurredOn()));
        String fields = added.toString();
        return document.substring(0, document.length() - 1) + "," + fields.substring(1);
    }

    /** What the timeline's q searches: title and summary, lowercase. */
    String searchText() {
        return (body.get("title").asText() + "\n" + body.get("summary").asText()).toLowerCase();
    }

    private void header(ObjectNode fact) {
        fact.put("track", planned.track());
        fact.put("occurredOn", planned.occurredOn().toString());
        fact.set("title", body.get("title"));
        fact.set("summary", body.get("summary"));
        fact.putArray("actors");
        fact.putNull("location");
        fact.putArray("topics");
        ObjectNode source = fact.putArray("sources").addObject();
        source.put("publisher", body.get("sources").get(0).get("publisher").asText());
        source.put("publishedOn", body.get("sources").get(0).get("publishedOn").asText());
        source.putNull("url");
        source.putNull("quote");
    }
}
