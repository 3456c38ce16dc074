package io.diplomatictimeline.projection.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Writes entries, as {@code /api/timeline} serves them, in one export format, one at a time. */
interface EntryWriter {

    void write(JsonNode entry) throws IOException;

    /** After the last entry: closes what the format opened and flushes. */
    void finish() throws IOException;
}
