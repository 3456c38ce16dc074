package io.diplomatictimeline.system;

import java.util.UUID;

/** Fact bodies as a newsroom tool would post them. */
final class Facts {

    static String newTrack() {
        return "system-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String roundHeld(UUID id, String track, int roundNumber, String occurredOn) {
        return """
                {"id": "%s", "type": "round-held", "track": "%s", "occurredOn": "%s",
                 "title": "Round %d of consultations",
                 "location": {"place": "Consulate General of Russia", "city": "Istanbul", "country": "TR"},
                 "sources": [{"publisher": "IANS", "publishedOn": "2025-04-10"}],
                 "details": {"roundNumber": %d, "durationHours": 6}}
                """.formatted(id, track, occurredOn, roundNumber, roundNumber);
    }

    /** Without an id: the service derives it from the Idempotency-Key the client sends. */
    static String disputeRaised(String track) {
        return """
                {"type": "dispute-raised", "track": "%s", "occurredOn": "2025-04-10",
                 "title": "Visa restrictions raised",
                 "sources": [{"publisher": "IANS", "publishedOn": "2025-04-10"}],
                 "details": {"kind": "visas", "raisedBy": "RU", "against": "US"}}
                """.formatted(track);
    }

    static String disputeRaised(UUID id, String track) {
        return disputeRaised(track).replaceFirst("\\{", "{\"id\": \"" + id + "\", ");
    }

    private Facts() {
    }
}
