package io.diplomatictimeline.timeline.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import org.springframework.stereotype.Component;

/** The bytes of a fact as consumers receive it: the `data` of its CloudEvent. */
@Component
public class PublishedJson {

    private final ObjectMapper json;

    public PublishedJson(ObjectMapper json) {
        this.json = json;
    }

    public byte[] of(TimelineEvent event) {
        try {
            return json.writeValueAsBytes(FactDocument.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write fact " + event.fact().id() + " as JSON", e);
        }
    }
}
