package io.diplomatictimeline.timeline.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stricter ObjectMapper that reads what clients post: the service's own mapper, plus parser limits
 * (nesting, string, name and number lengths) and the plain-text rule for strings. Kept apart from the shared
 * mapper so that the event store and Kafka are never judged by rules meant for untrusted input.
 */
public record RequestJson(ObjectMapper mapper) {
}
