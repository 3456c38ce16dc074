package io.diplomatictimeline.projection.export;

import static io.diplomatictimeline.projection.export.EntryText.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.projection.timeline.TimelineFacet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV in UTF-8, a header row then a row per entry. A cell that a spreadsheet would take for a formula (it
 * begins with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so it is shown as
 * the text it is and never run.
 */
final class CsvExport implements EntryWriter {

    static final String[] HEADER = {"id", "occurredOn", "start", "end", "type", "track", "title", "actors",
            "countries", "topics", "sources", "plover", "version", "status", "recordedAt"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final Writer writer;
    private final CSVPrinter printer;

    CsvExport(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    @Override
    public void write(JsonNode entry) throws IOException {
        EdtfDate occurredOn = EdtfDate.parse(entry.get("occurredOn").asText());
        printer.printRecord(neutralised(text(entry, "id")), neutralised(occurredOn.toString()),
                occurredOn.earliest(), occurredOn.latest(), neutralised(text(entry, "type")),
                neutralised(text(entry, "track")), neutralised(text(entry, "title")),
                neutralised(EntryText.actors(entry)), neutralised(EntryText.facet(entry, TimelineFacet.COUNTRY)),
                neutralised(EntryText.facet(entry, TimelineFacet.TOPIC)), neutralised(EntryText.sources(entry)),
                neutralised(EntryText.plover(entry)), entry.path("version").asInt(), neutralised(text(entry, "status")),
                neutralised(text(entry, "recordedAt")));
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
