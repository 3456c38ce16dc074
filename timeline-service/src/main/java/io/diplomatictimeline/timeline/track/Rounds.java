package io.diplomatictimeline.timeline.track;

import io.diplomatictimeline.edtf.EdtfDate;
import io.diplomatictimeline.timeline.fact.HistoryConflictException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The rounds of a track: when each was scheduled for and when it was held, and the order they must keep. Each
 * date is kept with the fact that gave it, so that a corrected or retracted fact can take back what it said.
 */
final class Rounds {

    /** One fact that set a round's date; when a round is set again, the one recorded last counts. */
    private record Scheduling(long sequence, EdtfDate date) {
    }

    /** The fact that says the round took place, and when. */
    private record Holding(UUID factId, EdtfDate date) {
    }

    private record Round(Map<UUID, Scheduling> schedulings, Holding holding) {

        static final Round NONE = new Round(Map.of(), null);

        EdtfDate scheduledFor() {
            return schedulings.values().stream().max(Comparator.comparingLong(Scheduling::sequence))
                    .map(Scheduling::date).orElse(null);
        }

        EdtfDate heldOn() {
            return holding == null ? null : holding.date();
        }

        /** The best date known: when it was held, else when it is scheduled for. */
        EdtfDate date() {
            return holding != null ? holding.date() : scheduledFor();
        }

        Round scheduledBy(UUID factId, Scheduling scheduling) {
            Map<UUID, Scheduling> all = new HashMap<>(schedulings);
            all.put(factId, scheduling);
            return new Round(Map.copyOf(all), holding);
        }

        Round heldAs(Holding holding) {
            return new Round(schedulings, holding);
        }

        Round without(UUID factId) {
            boolean held = holding != null && holding.factId().equals(factId);
            if (!held && !schedulings.containsKey(factId)) {
                return this;
            }
            Map<UUID, Scheduling> rest = new HashMap<>(schedulings);
            rest.remove(factId);
            return new Round(Map.copyOf(rest), held ? null : holding);
        }

        boolean isEmpty() {
            return schedulings.isEmpty() && holding == null;
        }
    }

    private final Map<Integer, Round> rounds;

    Rounds() {
        this.rounds = new HashMap<>();
    }

    private Rounds(Map<Integer, Round> rounds) {
        this.rounds = new HashMap<>(rounds);
    }

    /** A copy to check a correction against, leaving this one as it is. */
    Rounds copy() {
        return new Rounds(rounds);
    }

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

    void scheduled(int number, UUID factId, long sequence, EdtfDate date) {
        rounds.put(number, rounds.getOrDefault(number, Round.NONE).scheduledBy(factId, new Scheduling(sequence, date)));
    }

    void held(int number, UUID factId, EdtfDate date) {
        rounds.put(number, rounds.getOrDefault(number, Round.NONE).heldAs(new Holding(factId, date)));
    }

    /** Takes back whatever the fact said about any round; a round nothing speaks of any more is forgotten. */
    void withdraw(UUID factId) {
        rounds.replaceAll((number, round) -> round.without(factId));
        rounds.values().removeIf(Round::isEmpty);
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
