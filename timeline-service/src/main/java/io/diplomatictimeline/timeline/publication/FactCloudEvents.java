package io.diplomatictimeline.timeline.publication;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import java.net.URI;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Turns a recorded fact, or a correction or retraction of one, into the CloudEvent of the Kafka contract: readable
 * by any consumer, in any language, without knowing a Java class name. A fact goes under its own id; a change
 * under its own new id, never the fact's.
 */
@Component
public class FactCloudEvents {

    /**
     * Prefix of every event type; the vocabulary name follows, as in io.diplomatictimeline.fact.round-held, or
     * fact-corrected, fact-retracted, source-added.
     */
    public static final String TYPE_PREFIX = "io.diplomatictimeline.fact.";
    public static final URI SOURCE = URI.create("urn:diplomatic-timeline:timeline-service");

    private final PublishedJson json;

    public FactCloudEvents(PublishedJson json) {
        this.json = json;
    }

    public CloudEvent of(TrackEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(SOURCE)
                .withType(TYPE_PREFIX + event.type())
                .withSubject(event.track())
                .withTime(event.recordedAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(json.of(event))
                .build();
    }
}
