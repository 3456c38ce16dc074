package io.diplomatictimeline.timeline.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.InvalidEdtfDateException;
import io.diplomatictimeline.timeline.fact.FactDetails;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Response;
import io.diplomatictimeline.timeline.round.HoursRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The JSON forms of the domain's value types, shared by the HTTP API, the event store and the Kafka records
 * (Spring Boot registers this module in the one ObjectMapper that all three use).
 */
@Component
public class FactJsonModule extends SimpleModule {

    public FactJsonModule() {
        super("diplomatic-timeline-facts");
        addSerializer(EdtfDate.class, new EdtfDateSerializer());
        addDeserializer(EdtfDate.class, new EdtfDateDeserializer());
        addSerializer(HoursRange.class, new HoursRangeSerializer());
        addDeserializer(HoursRange.class, new HoursRangeDeserializer());
        setMixInAnnotation(RecordedFact.class, RecordedFactMixin.class);
        setMixInAnnotation(FactHeader.class, FactHeaderMixin.class);
    }

    /**
     * A fact that answers nothing is written without {@code respondsTo}, exactly as before the field existed: its
     * fingerprint, its published data and the digests of facts recorded then stay what they were.
     */
    abstract static class FactHeaderMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Response> respondsTo();
    }

    /**
     * A fact as a correction left it is stored inside the correction's event, where its details could be of any
     * type: they are written with their class, so the event store reads them back as that type. (Facts as
     * published are written from their parts, without it.)
     */
    abstract static class RecordedFactMixin {
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "@class")
        abstract FactDetails details();
    }

    /** An EDTF date is its text, such as "2016/2018". */
    static class EdtfDateSerializer extends JsonSerializer<EdtfDate> {
        @Override
        public void serialize(EdtfDate value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(value.toString());
        }
    }

    static class EdtfDateDeserializer extends JsonDeserializer<EdtfDate> {
        @Override
        public EdtfDate deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken() != JsonToken.VALUE_STRING) {
                return (EdtfDate) context.handleUnexpectedToken(EdtfDate.class, json);
            }
            String text = json.getText();
            try {
                return EdtfDate.parse(text);
            } catch (InvalidEdtfDateException e) {
                throw context.weirdStringException(text, EdtfDate.class, e.getMessage());
            }
        }
    }

    /** A duration is a plain number when exact ("6"), else {"min": 4, "max": 5}, leaving out an open end. */
    static class HoursRangeSerializer extends JsonSerializer<HoursRange> {
        @Override
        public void serialize(HoursRange value, JsonGenerator json, SerializerProvider provider) throws IOException {
            if (value.min() != null && value.max() != null && value.min().compareTo(value.max()) == 0) {
                json.writeNumber(value.min());
                return;
            }
            json.writeStartObject();
            if (value.min() != null) {
                json.writeNumberField("min", value.min());
            }
            if (value.max() != null) {
                json.writeNumberField("max", value.max());
            }
            json.writeEndObject();
        }
    }

    static class HoursRangeDeserializer extends JsonDeserializer<HoursRange> {
        @Override
        public HoursRange deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.currentToken().isNumeric()) {
                return HoursRange.exactly(json.getDecimalValue());
            }
            if (json.currentToken() != JsonToken.START_OBJECT) {
                return (HoursRange) context.handleUnexpectedToken(HoursRange.class, json);
            }
            // The context reads just this value; the codec would read it as a whole document, checking what trails it.
            JsonNode node = context.readTree(json);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("min") && !name.equals("max")) {
                    throw context.weirdStringException(name, HoursRange.class,
                            "a duration is a number of hours or {\"min\": ..., \"max\": ...}");
                }
            }
            return new HoursRange(decimal(node.get("min"), context), decimal(node.get("max"), context));
        }

        private static BigDecimal decimal(JsonNode node, DeserializationContext context) throws IOException {
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isNumber()) {
                throw context.weirdStringException(node.asText(), BigDecimal.class, "must be a number of hours");
            }
            return node.decimalValue();
        }
    }
}
