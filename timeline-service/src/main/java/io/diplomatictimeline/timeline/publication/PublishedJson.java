package io.diplomatictimeline.timeline.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.corroboration.SourceAdded;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.fact.TrackEvent;
import org.springframework.stereotype.Component;

/**
 * The bytes of an event as consumers receive it, the `data` of its CloudEvent: a fact as recorded, a correction or
 * retraction of one, or a source added to one.
 */
@Component
public class PublishedJson {

    private final ObjectMapper json;

    public PublishedJson(ObjectMapper json) {
        this.json = json;
    }

    public byte[] of(TrackEvent event) {
        try {
            return json.writeValueAsBytes(document(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.eventId() + " as JSON", e);
        }
    }

    private static Object document(TrackEvent event) {
        if (event instanceof TimelineEvent fact) {
            return FactDocument.of(fact);
        }
        if (event instanceof FactCorrected correction) {
            return RevisionDocuments.Correction.of(correction);
        }
        if (event instanceof FactRetracted retraction) {
            return RevisionDocuments.Retraction.of(retraction);
        }
        if (event instanceof SourceAdded addition) {
            return SourceDocument.of(addition);
        }
        throw new IllegalArgumentException("no published form for " + event.getClass().getName());
    }
}
