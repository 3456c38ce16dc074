package io.diplomatictimeline.projection.export;

import static io.diplomatictimeline.projection.export.EntryText.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.edtf.EdtfPoint;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.web.util.HtmlUtils;

/**
 * TimelineJS's JSON: {@code {"events": [...]}}, an event per entry with its date in parts, {@code display_date} where
 * the date is approximate, uncertain or an interval, {@code text.headline} and {@code text.text}, and {@code group}
 * by type. TimelineJS renders headline and text as HTML, so every text from a fact is escaped here: it shows as
 * written, never as markup. A retracted entry's headline is struck through.
 */
final class TimelineJsExport implements EntryWriter {

    private final JsonGenerator out;

    TimelineJsExport(OutputStream stream, ObjectMapper json) throws IOException {
        this.out = json.getFactory().createGenerator(stream);
        out.writeStartObject();
        out.writeArrayFieldStart("events");
    }

    @Override
    public void write(JsonNode entry) throws IOException {
        EdtfDate occurredOn = EdtfDate.parse(entry.get("occurredOn").asText());
        out.writeStartObject();
        out.writeStringField("unique_id", text(entry, "id"));
        writeDate("start_date", occurredOn.start());
        if (occurredOn.isInterval()) {
            writeDate("end_date", occurredOn.end());
        }
        if (!occurredOn.isExact()) {
            out.writeStringField("display_date", htmlEscape(occurredOn.readable()));
        }
        out.writeObjectFieldStart("text");
        String headline = htmlEscape(text(entry, "title"));
        out.writeStringField("headline", "retracted".equals(text(entry, "status")) ? "<s>" + headline + "</s>" : headline);
        out.writeStringField("text", body(entry));
        out.writeEndObject();
        out.writeStringField("group", htmlEscape(text(entry, "type")));
        out.writeEndObject();
    }

    /** The summary, who took part and the sources, each a paragraph of escaped text. */
    private static String body(JsonNode entry) {
        StringBuilder body = new StringBuilder();
        paragraph(body, text(entry, "summary"));
        paragraph(body, EntryText.actors(entry));
        paragraph(body, EntryText.sources(entry));
        return body.toString();
    }

    private static void paragraph(StringBuilder body, String text) {
        if (!text.isBlank()) {
            body.append("<p>").append(htmlEscape(text)).append("</p>");
        }
    }

    private void writeDate(String field, EdtfPoint point) throws IOException {
        out.writeObjectFieldStart(field);
        out.writeNumberField("year", point.year());
        if (point.precision() != EdtfPoint.Precision.YEAR) {
            out.writeNumberField("month", point.month());
        }
        if (point.precision() == EdtfPoint.Precision.DAY) {
            out.writeNumberField("day", point.day());
        }
        out.writeEndObject();
    }

    /** Only what HTML would read as markup is escaped; the rest of the text stays as it is (UTF-8). */
    private static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    @Override
    public void finish() throws IOException {
        out.writeEndArray();
        out.writeEndObject();
        out.flush();
    }
}
