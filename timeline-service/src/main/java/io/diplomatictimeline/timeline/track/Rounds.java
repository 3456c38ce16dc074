package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.HashMap;
import java.util.Map;

/** The rounds of a track: when each was scheduled for and when it was held, and the order they must keep. */
final class Rounds {

    private record Round(EdtfDate scheduledFor, EdtfDate heldOn) {

        /** The best date known: when it was held, else when it is scheduled for. */
        EdtfDate date() {
            return heldOn != null ? heldOn : scheduledFor;
        }
    }

    private final Map<Integer, Round> rounds = new HashMap<>();

    void checkCanSchedule(String track, int number, EdtfDate date) {
        checkNotHeld(track, number);
        checkOrder(number, date);
    }

    void checkCanHold(String track, int number, EdtfDate date) {
        checkNotHeld(track, number);
        checkOrder(number, date);
    }

    void checkScheduledOrHeld(String track, int number) {
        if (!rounds.containsKey(number)) {
            throw new HistoryConflictException("details.roundNumber",
                    "round " + number + " is neither scheduled nor held on track " + track);
        }
    }

    /** A fact that came out of a round needs that round held, and cannot predate it. */
    void checkOutcomeOf(String track, Integer number, EdtfDate date) {
        if (number == null) {
            return;
        }
        Round round = rounds.get(number);
        if (round == null || round.heldOn() == null) {
            throw new HistoryConflictException("details.roundNumber",
                    "round " + number + " has not been held on track " + track);
        }
        if (date.isCertainlyBefore(round.heldOn())) {
            throw new HistoryConflictException("occurredOn",
                    "a fact of round " + number + " cannot be dated (" + date + ") before the round (" + round.heldOn() + ")");
        }
    }

    void scheduled(int number, EdtfDate date) {
        rounds.merge(number, new Round(date, null), (earlier, later) -> new Round(date, earlier.heldOn()));
    }

    void held(int number, EdtfDate date) {
        rounds.merge(number, new Round(null, date), (earlier, later) -> new Round(earlier.scheduledFor(), date));
    }

    private void checkNotHeld(String track, int number) {
        Round round = rounds.get(number);
        if (round != null && round.heldOn() != null) {
            throw new HistoryConflictException("details.roundNumber",
                    "round " + number + " was already held on track " + track + " (" + round.heldOn() + ")");
        }
    }

    /** Round N+1 is not dated before round N: checked against every other round's best known date. */
    private void checkOrder(int number, EdtfDate date) {
        rounds.forEach((other, round) -> {
            EdtfDate otherDate = round.date();
            if (other < number && date.isCertainlyBefore(otherDate)
                    || other > number && otherDate.isCertainlyBefore(date)) {
                throw new HistoryConflictException("occurredOn", "round " + number + " (" + date + ") cannot be dated "
                        + (other < number ? "before" : "after") + " round " + other + " (" + otherDate + ")");
            }
        });
    }
}
