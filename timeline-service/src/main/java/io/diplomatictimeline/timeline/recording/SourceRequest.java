package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.corroboration.Stance;
import io.diplomatictimeline.timeline.fact.Source;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * The body of POST /api/events/{id}/sources: one item of a fact's sources, flat, and whether it confirms or disputes
 * the fact. The source's fields are held to the rules of {@link Source}.
 */
public record SourceRequest(String publisher, LocalDate publishedOn, String url, String quote,
                            @NotNull @Pattern(regexp = Stance.PATTERN, message = "must be confirms or disputes")
                            String stance) {

    Source source() {
        return new Source(publisher, publishedOn, url, quote);
    }
}
