package io.diplomatictimeline.timeline.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.AnnotationRevisionResolver;

/**
 * The JSON form of an aggregate's snapshot: its fields, as they are, whatever their visibility, and no getters or
 * setters. The aggregates stay plain domain classes (no JSON annotations, no accessors kept for storage), and the
 * value types inside them (EDTF dates) keep the forms the service's shared mapper gives them. No default typing:
 * only the aggregate class named in the snapshot row is ever instantiated, as for events.
 */
public final class SnapshotJson {

    public static Serializer serializer(ObjectMapper shared, ClassLoader classLoader) {
        ObjectMapper mapper = shared.copy()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .setVisibility(PropertyAccessor.CREATOR, Visibility.ANY)
                // A field dropped since the snapshot was taken is of no use to the state any more; a field added since
                // keeps the value the class gives it, and the aggregate's revision tells apart snapshots that no longer fit.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        return JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(classLoader))
                .build();
    }

    private SnapshotJson() {
    }
}
