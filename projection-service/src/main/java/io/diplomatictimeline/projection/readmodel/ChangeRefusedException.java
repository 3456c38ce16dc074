package io.diplomatictimeline.projection.readmodel;

/**
 * A correction or retraction that cannot follow what the read models know of its fact: the fact is unknown, already
 * retracted, of another type or track, or at a later version already. Nothing of it is applied. It cannot happen
 * with timeline-service as the producer (a fact and its changes share a key, so a partition, so their order); a
 * consumer must still not stop on it.
 */
public class ChangeRefusedException extends RuntimeException {

    private final boolean unknownFact;

    private ChangeRefusedException(boolean unknownFact, String message) {
        super(message);
        this.unknownFact = unknownFact;
    }

    static ChangeRefusedException unknownFact(FactChange change) {
        return new ChangeRefusedException(true, "event " + change.eventId() + " " + change.change().label()
                + " fact " + change.factId() + ", which is not known here");
    }

    static ChangeRefusedException inconsistent(FactChange change, String why) {
        return new ChangeRefusedException(false, "event " + change.eventId() + " " + change.change().label()
                + " fact " + change.factId() + " as version " + change.version() + ", but " + why);
    }

    /** True when the fact changed is not known at all, false when the change contradicts what is known of it. */
    public boolean unknownFact() {
        return unknownFact;
    }
}
