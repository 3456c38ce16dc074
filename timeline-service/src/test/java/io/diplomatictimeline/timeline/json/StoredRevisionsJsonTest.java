package io.diplomatictimeline.timeline.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Plover;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.fact.Source;
import io.diplomatictimeline.timeline.round.HoursRange;
import io.diplomatictimeline.timeline.round.RoundHeldDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Corrections and retractions survive the event store: written and read back by a mapper set up as the service's
 * (unknown properties refused), they are equal to what was stored, details of the corrected fact's own type included.
 */
class StoredRevisionsJsonTest {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new FactJsonModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final Source SOURCE = new Source("TASS", LocalDate.of(2025, 4, 11), null, null);

    @Test
    void aCorrectionReadsBackAsItWasStored() throws Exception {
        UUID factId = UUID.randomUUID();
        FactHeader header = new FactHeader(factId, "ru-us-embassy-talks", EdtfDate.parse("2025-04-10"), "Round two",
                null, List.of(), null, List.of(), List.of(SOURCE));
        RoundHeldDetails details = new RoundHeldDetails(2, new HoursRange(BigDecimal.valueOf(4), BigDecimal.valueOf(5)),
                null, "TR", List.of());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("occurredOn", "2025-04-10");
        changes.put("summary", null);
        changes.put("details", Map.of("durationHours", 6));
        FactCorrected corrected = new FactCorrected(UUID.randomUUID(), factId, "ru-us-embassy-talks", "round-held", 2,
                14, Instant.parse("2025-04-12T10:00:00.123456Z"), "wrong date", SOURCE, changes,
                new RecordedFact("round-held", header, details, 3, Instant.parse("2025-04-10T18:00:00Z"),
                        new Plover("CONSULT", "visit")));

        FactCorrected read = json.readValue(json.writeValueAsBytes(corrected), FactCorrected.class);

        assertThat(read).isEqualTo(corrected);
        assertThat(read.fact().details()).isInstanceOf(RoundHeldDetails.class);
        assertThat(read.changes()).containsEntry("summary", null);
    }

    @Test
    void aRetractionReadsBackAsItWasStored() throws Exception {
        FactRetracted retracted = new FactRetracted(UUID.randomUUID(), UUID.randomUUID(), "ru-us-embassy-talks",
                "round-held", 3, 15, Instant.parse("2025-04-12T10:00:00.123456Z"), "never happened", SOURCE);

        assertThat(json.readValue(json.writeValueAsBytes(retracted), FactRetracted.class)).isEqualTo(retracted);
    }
}
