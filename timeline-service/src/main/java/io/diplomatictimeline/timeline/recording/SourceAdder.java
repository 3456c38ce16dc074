package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.corroboration.AddSource;
import io.diplomatictimeline.timeline.corroboration.SourceReceipt;
import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.identity.TimeOrderedIds;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Adds sources to recorded facts through their track's aggregate: the fact is found by its receipt (404 when none),
 * the source held to the field rules of a fact's sources (400), and the track decides the rest (409).
 */
@Service
class SourceAdder {

    private final CommandGateway commands;
    private final FactReceipts receipts;
    private final FactRequestReader reader;

    SourceAdder(CommandGateway commands, FactReceipts receipts, FactRequestReader reader) {
        this.commands = commands;
        this.receipts = receipts;
        this.reader = reader;
    }

    SourceReceipt add(UUID factId, SourceRequest request) {
        FactReceipt fact = receipts.find(factId).orElseThrow(() -> new UnknownFactException(factId)).receipt();
        List<FieldProblem> problems = new ArrayList<>();
        reader.violations(request.source(), "", problems);
        reader.violations(request, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFactRequestException(problems);
        }
        return commands.sendAndWait(new AddSource(TimeOrderedIds.next(), factId, fact.track(), fact.type(),
                request.source(), request.stance()));
    }
}
