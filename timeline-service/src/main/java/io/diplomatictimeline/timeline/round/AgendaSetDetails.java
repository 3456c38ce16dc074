package io.diplomatictimeline.timeline.round;

import io.diplomatictimeline.timeline.fact.FactDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a round is to discuss: items, each under a topic slug so agendas can be compared across rounds. */
public record AgendaSetDetails(
        @NotNull @Min(1) @Max(10_000) Integer roundNumber,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) implements FactDetails {

    public AgendaSetDetails {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Item(
            @NotNull @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be a lowercase slug of a-z, 0-9 and '-'") String topic,
            @NotBlank @Size(max = 500) String text) {
    }
}
