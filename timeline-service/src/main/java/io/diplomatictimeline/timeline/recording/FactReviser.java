package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.correction.CorrectFact;
import io.diplomatictimeline.timeline.correction.RetractFact;
import io.diplomatictimeline.timeline.correction.RevisionReceipt;
import io.diplomatictimeline.timeline.fact.RecordedFact;
import io.diplomatictimeline.timeline.identity.TimeOrderedIds;
import io.diplomatictimeline.timeline.problem.FieldProblem;
import io.diplomatictimeline.timeline.receipt.FactReceipts;
import io.diplomatictimeline.timeline.receipt.FactReceipts.FactVersion;
import io.diplomatictimeline.timeline.recording.FactRequestReader.CheckedFact;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Corrects and retracts recorded facts through their track's aggregate. The fact is found by its receipt (404
 * when none), read as it now reads, patched, and held to the field rules of a new fact (400, every problem at
 * once); the track then holds it to the rules of history (409), knowing which version it was read at, so that
 * a concurrent change is refused rather than silently undone.
 */
@Service
class FactReviser {

    private final CommandGateway commands;
    private final FactReceipts receipts;
    private final RecordedFacts recordedFacts;
    private final FactRequestReader reader;
    private final CorrectionPatch patch;
    private final CommandRetries retries;

    FactReviser(CommandGateway commands, FactReceipts receipts, RecordedFacts recordedFacts, FactRequestReader reader,
                CorrectionPatch patch, CommandRetries retries) {
        this.commands = commands;
        this.receipts = receipts;
        this.recordedFacts = recordedFacts;
        this.reader = reader;
        this.patch = patch;
        this.retries = retries;
    }

    RevisionReceipt correct(UUID factId, CorrectionRequest request) {
        FactVersion version = receipts.version(factId).orElseThrow(() -> new UnknownFactException(factId));
        List<FieldProblem> problems = new ArrayList<>();
        reader.violations(request, "", problems);
        RecordedFact current = recordedFacts.current(version);
        RecordedFact corrected = request.changes() == null ? null : corrected(current, request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFactRequestException(problems);
        }
        CorrectFact correction = new CorrectFact(TimeOrderedIds.next(), version.version(), current, corrected,
                patch.plain(request.changes()), request.reason(), request.source());
        return retries.untilAppended(() -> commands.sendAndWait(correction));
    }

    RevisionReceipt retract(UUID factId, RetractionRequest request) {
        FactVersion version = receipts.version(factId).orElseThrow(() -> new UnknownFactException(factId));
        List<FieldProblem> problems = new ArrayList<>();
        reader.violations(request, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidFactRequestException(problems);
        }
        RetractFact retraction = new RetractFact(TimeOrderedIds.next(), factId, version.receipt().track(),
                version.receipt().type(), request.reason(), request.source());
        return retries.untilAppended(() -> commands.sendAndWait(retraction));
    }

    /** The fact as the patch leaves it, or null when that breaks a field rule (added to {@code problems}). */
    private RecordedFact corrected(RecordedFact current, CorrectionRequest request, List<FieldProblem> problems) {
        FactRequest merged = patch.apply(current, request.changes(), problems);
        if (merged == null) {
            return null;
        }
        CheckedFact checked = reader.check(merged, CorrectionPatch.PREFIX, problems);
        if (checked == null) {
            return null;
        }
        return checked.kind().recorded(merged.header(current.id(), checked.occurredOn()), checked.details(),
                current.sequence(), current.recordedAt());
    }
}
