package io.diplomatictimeline.projection.readmodel;

/**
 * A read model added in a release after others had taken in events. Kafka will not deliver those again, so the
 * migration that creates its tables names it, and it is filled from the change log at the next start, before any
 * new event is taken in.
 */
public interface AddedReadModel extends FactProjection {

    /** The name its migration gives it in read_model_to_fill. */
    String readModel();
}
