package io.diplomatictimeline.timeline.recording;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.Actor;
import io.diplomatictimeline.timeline.fact.FactHeader;
import io.diplomatictimeline.timeline.fact.Place;
import io.diplomatictimeline.timeline.fact.Response;
import io.diplomatictimeline.timeline.fact.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The body of POST /api/events (DESIGN.md §4): the envelope every fact shares, and its type's details. */
public record FactRequest(
        UUID id,
        @NotBlank String type,
        @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) String track,
        @NotBlank String occurredOn,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10_000) String summary,
        @Size(max = 100) List<@NotNull @Valid Actor> actors,
        @Valid Place location,
        @Size(max = 50) List<@NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) String> topics,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Source> sources,
        @Size(max = 20) List<@NotNull @Valid Response> respondsTo,
        JsonNode details) {

    static final String SLUG = "[a-z0-9-]{1,64}";
    static final String SLUG_RULE = "must be a lowercase slug of a-z, 0-9 and '-', 1 to 64 characters";

    FactHeader header(UUID factId, EdtfDate date) {
        return new FactHeader(factId, track, date, title, summary, actors, location, topics, sources, respondsTo);
    }
}
