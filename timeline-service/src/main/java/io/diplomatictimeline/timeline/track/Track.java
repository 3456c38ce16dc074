package io.diplomatictimeline.timeline.track;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.dispute.PropertySeizureRaised;
import io.diplomatictimeline.timeline.dispute.RaisePropertySeizure;
import io.diplomatictimeline.timeline.fact.FactReceipt;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import io.diplomatictimeline.timeline.fact.TimelineEvent;
import io.diplomatictimeline.timeline.round.HoldRound;
import io.diplomatictimeline.timeline.round.RoundHeld;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One storyline or negotiation track, and the history its facts must agree with. The first fact on a
 * track opens it. State holds only what the rules read, so it stays small however long the history grows.
 */
@Aggregate
public class Track {

    @AggregateIdentifier
    private String id;
    private long lastSequence;
    private final Map<Integer, EdtfDate> roundsHeld = new HashMap<>();

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(HoldRound command) {
        Instant now = now();
        HappenedRule.check(command.fact().occurredOn(), now);
        int number = command.details().roundNumber();
        EdtfDate date = command.fact().occurredOn();
        EdtfDate heldBefore = roundsHeld.get(number);
        if (heldBefore != null) {
            throw new HistoryConflictException("details.roundNumber",
                    "round " + number + " was already held on track " + id + " (" + heldBefore + ")");
        }
        roundsHeld.forEach((other, otherDate) -> {
            if (other < number && date.isCertainlyBefore(otherDate)
                    || other > number && otherDate.isCertainlyBefore(date)) {
                throw new HistoryConflictException("occurredOn", "round " + number + " (" + date + ") cannot be dated "
                        + (other < number ? "before" : "after") + " round " + other + " (" + otherDate + ")");
            }
        });
        return record(new RoundHeld(command.fact(), command.details(), lastSequence + 1, now));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FactReceipt handle(RaisePropertySeizure command) {
        Instant now = now();
        HappenedRule.check(command.fact().occurredOn(), now);
        return record(new PropertySeizureRaised(command.fact(), command.details(), lastSequence + 1, now));
    }

    @EventSourcingHandler
    void on(RoundHeld event) {
        advance(event);
        roundsHeld.put(event.details().roundNumber(), event.fact().occurredOn());
    }

    /** The facts whose only effect on the rules is their place in the history. */
    @EventSourcingHandler
    void on(TimelineEvent event) {
        advance(event);
    }

    /** Every fact opens the track if needed and takes the next place in its history. */
    private void advance(TimelineEvent event) {
        id = event.fact().track();
        lastSequence = event.sequence();
    }

    private static FactReceipt record(TimelineEvent event) {
        apply(event);
        return event.receipt();
    }

    /**
     * The clock Axon stamps messages with, which the test fixture controls; to the microsecond, the precision
     * databases keep, so a recorded time reads back equal wherever it is stored.
     */
    private static Instant now() {
        return GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    protected Track() {
        // For Axon, which rebuilds a track from its events.
    }
}
