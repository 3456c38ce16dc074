package io.diplomatictimeline.timeline.outcomes;

import io.diplomatictimeline.timeline.fact.TrackEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Counts each fact, correction and retraction once its transaction has committed: a group judged again after a
 * refusal, or a command retried after a conflict, counts what was stored, not what was tried. It runs in the
 * subscribing "fact-receipts" processor, inside the command's unit of work.
 */
@Component
@ProcessingGroup("fact-receipts")
class AcceptedFactCounting {

    private final FactOutcomes outcomes;

    AcceptedFactCounting(FactOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @EventHandler
    void on(TrackEvent event) {
        String type = event.type();
        CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> outcomes.accepted(type));
    }
}
