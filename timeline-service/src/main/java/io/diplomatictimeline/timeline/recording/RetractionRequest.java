package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.fact.Source;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of POST /api/events/{id}/retraction: why the fact is retracted, and on whose word. */
public record RetractionRequest(
        @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid Source source) {
}
