package io.diplomatictimeline.timeline.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Every string a client posts is text: control characters (C0, and DEL) are refused, except tab, line feed and
 * carriage return. They have no place in a fact, break terminals and log lines, and hide text from a reader.
 */
final class PlainTextDeserializer extends StringDeserializer {

    static final String RULE = "must not contain control characters other than tab, line feed and carriage return";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw context.weirdStringException(text, String.class,
                        RULE + " (found U+%04X at index %d)".formatted((int) c, i));
            }
        }
        return text;
    }
}
