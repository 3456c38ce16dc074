package io.diplomatictimeline.projection.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * A JSON value already written out, served as it is: Jackson copies its text into the response rather than having
 * it parsed into a tree and written again.
 */
final class ServedJson implements JsonSerializable {

    private final String json;

    ServedJson(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
        generator.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(generator, serializers);
    }

    @Override
    public String toString() {
        return json;
    }
}
