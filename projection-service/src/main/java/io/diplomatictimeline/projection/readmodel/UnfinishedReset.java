package io.diplomatictimeline.projection.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At start-up, before any record is consumed or any stored fact replayed: finishes emptying the read models when a
 * replay was interrupted while emptying them ({@link ReadModelReset}). The consumer group was rewound before the
 * emptying began, so the records consumed next rebuild them whole.
 */
@Component
class UnfinishedReset extends StartUpStep {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedReset.class);

    private final FactProjections projections;

    UnfinishedReset(FactProjections projections) {
        this.projections = projections;
    }

    @Override
    protected void run() {
        if (projections.finishForgetting()) {
            log.warn("A replay had stopped while emptying the read models: emptied them now");
        }
    }


    /** Before {@link StoredFactReplay} (phase 0) and the Kafka listener containers. */
    @Override
    public int getPhase() {
        return -100;
    }
}
