package io.diplomatictimeline.projection.corroboration;

import static io.diplomatictimeline.projection.readmodel.RecordedFact.textOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.diplomatictimeline.projection.readmodel.AddedReadModel;
import io.diplomatictimeline.projection.readmodel.FactChange;
import io.diplomatictimeline.projection.readmodel.PendingRows;
import io.diplomatictimeline.projection.readmodel.RecordedFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Every fact's corroboration, counted again whenever its sources change: when it is recorded, when a correction
 * changes its own sources, when a source is added. A retracted fact keeps the one it had, for
 * {@code includeRetracted}.
 */
@Component
class CorroborationProjector implements AddedReadModel {

    private final FactCorroborations corroborations;

    CorroborationProjector(FactCorroborations corroborations) {
        this.corroborations = corroborations;
    }

    /**
     * A corrected fact keeps the sources added to it before: the one read this makes is of its own earlier rows, which
     * are written before any correction is applied.
     */
    @Override
    public String readModel() {
        return "corroboration";
    }

    @Override
    public void apply(RecordedFact fact, PendingRows rows) {
        List<CountedSource> basis = new ArrayList<>();
        for (JsonNode source : fact.document().path("sources")) {
            String publisher = textOf(source.get("publisher"));
            if (publisher != null) {
                basis.add(new CountedSource(publisher, textOf(source.get("publishedOn")), textOf(source.get("url")),
                        CountedSource.CONFIRMS, false));
            }
        }
        if (fact.version() > 1) {
            corroborations.latestBasis(fact.id()).orElse(List.of()).stream().filter(CountedSource::added)
                    .forEach(basis::add);
        }
        corroborations.add(fact.id(), fact.recordedAt(), basis, rows);
    }

    @Override
    public void close(UUID factId, Instant at) {
        corroborations.close(factId, at);
    }

    @Override
    public void retract(FactChange retraction) {
        again(retraction, List.of());
    }

    @Override
    public void sourceAdded(FactChange addition) {
        JsonNode source = addition.source();
        corroborations.close(addition.factId(), addition.recordedAt());
        again(addition, List.of(new CountedSource(textOf(source.get("publisher")), textOf(source.get("publishedOn")),
                textOf(source.get("url")), addition.stance(), true)));
    }

    @Override
    public void forgetEverything() {
        corroborations.deleteAll();
    }

    /** The fact's last corroboration, with {@code more} sources, valid from the change on. */
    private void again(FactChange change, List<CountedSource> more) {
        corroborations.latestBasis(change.factId()).ifPresent(basis -> {
            List<CountedSource> counted = new ArrayList<>(basis);
            counted.addAll(more);
            corroborations.insert(change.factId(), change.recordedAt(), counted);
        });
    }
}
