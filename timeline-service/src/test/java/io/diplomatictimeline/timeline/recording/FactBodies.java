package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Bodies of POST /api/events as a client writes them, to be changed field by field in each test. */
public final class FactBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ObjectNode roundHeld(UUID id, String track, int roundNumber, String occurredOn) {
        return parse("""
                {
                  "id": "%s",
                  "type": "round-held",
                  "track": "%s",
                  "occurredOn": "%s",
                  "title": "Round %d of consultations on embassy operations",
                  "actors": [{"name": "Alexander Darchiev", "country": "RU", "role": "head of delegation",
                              "office": "Ambassador of Russia to the United States"}],
                  "location": {"place": "Consulate General of Russia", "city": "Istanbul", "country": "TR"},
                  "topics": ["diplomatic-property", "visas"],
                  "sources": [{"publisher": "IANS", "publishedOn": "2025-04-10"}],
                  "details": {"roundNumber": %d, "durationHours": {"min": 4, "max": 5}, "hostCountry": "RU"}
                }
                """.formatted(id, track, occurredOn, roundNumber, roundNumber));
    }

    /** The fact as a client that leaves the id to the service sends it. */
    public static ObjectNode withoutId(ObjectNode fact) {
        fact.remove("id");
        return fact;
    }

    public static ObjectNode propertySeizureRaised(UUID id, String track) {
        return parse("""
                {
                  "id": "%s",
                  "type": "property-seizure-raised",
                  "track": "%s",
                  "occurredOn": "2025-02-27",
                  "title": "Russia raises six diplomatic properties seized in the United States",
                  "sources": [{"publisher": "IANS", "publishedOn": "2025-04-10"}],
                  "details": {"raisedBy": "RU", "against": "US", "propertyCount": 6, "seizedBetween": "2016/2018"}
                }
                """.formatted(id, track));
    }

    public static ObjectNode statementAbout(UUID id, String track, UUID aboutFactId) {
        return parse("""
                {
                  "id": "%s",
                  "type": "statement-issued",
                  "track": "%s",
                  "occurredOn": "2025-04-10",
                  "title": "Darchiev on the talks",
                  "sources": [{"publisher": "IANS", "publishedOn": "2025-04-10"}],
                  "details": {"speaker": {"name": "Alexander Darchiev", "country": "RU"},
                              "quote": "a short quote", "outlet": "IANS", "aboutFactId": "%s"}
                }
                """.formatted(id, track, aboutFactId));
    }

    public static String newTrack() {
        return "track-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FactBodies() {
    }
}
