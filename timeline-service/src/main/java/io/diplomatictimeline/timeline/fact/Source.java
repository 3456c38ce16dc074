package io.diplomatictimeline.timeline.fact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who reported a fact, when, where to read it, and the short passage it rests on. */
public record Source(
        @NotBlank @Size(max = 200) String publisher,
        LocalDate publishedOn,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Size(max = 2000) String quote) {
}
