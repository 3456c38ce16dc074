package io.diplomatictimeline.projection.disputes;

import io.diplomatictimeline.projection.readmodel.AsOf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The disputes, each assembled as it is read from the fact that raised it and the facts that followed it up, so a
 * dispute's status never depends on the order its facts arrived in.
 */
@Component
public class Disputes {

    private final DisputeFacts facts;

    Disputes(DisputeFacts facts) {
        this.facts = facts;
    }

    /** The disputes that match the query, in the order they were raised. */
    public List<Dispute> find(DisputeQuery query) {
        Map<UUID, List<DisputeFacts.FollowUp>> followUps = new HashMap<>();
        for (DisputeFacts.FollowUp followUp : facts.followUps(query.track(), query.asOf())) {
            followUps.computeIfAbsent(followUp.disputeId(), id -> new ArrayList<>()).add(followUp);
        }
        return facts.disputes(query.track(), query.asOf()).stream()
                .map(raised -> dispute(raised, followUps.getOrDefault(raised.id(), List.of())))
                .filter(dispute -> query.status() == null || query.status().equals(dispute.status()))
                .toList();
    }

    public Optional<Dispute> byId(UUID id) {
        return byId(id, AsOf.now());
    }

    public Optional<Dispute> byId(UUID id, AsOf asOf) {
        return facts.dispute(id, asOf).map(raised -> dispute(raised, facts.followUpsOf(id, asOf)));
    }

    /**
     * The disputes discussed in the rounds of a track (or of every track), in the order they were discussed, as known
     * at that moment.
     */
    public List<DisputeInRound> discussedInRounds(String track, AsOf asOf) {
        return facts.followUps(track, asOf).stream()
                .filter(followUp -> !followUp.isResolution() && followUp.roundNumber() != null)
                .map(discussion -> new DisputeInRound(discussion.track(), discussion.roundNumber(),
                        discussion.disputeId(), discussion.kind(), discussion.title(), discussion.factId(),
                        discussion.occurredOn()))
                .toList();
    }

    private static Dispute dispute(DisputeFacts.Raised raised, List<DisputeFacts.FollowUp> followUps) {
        List<DisputeDiscussion> discussions = followUps.stream()
                .filter(followUp -> !followUp.isResolution())
                .map(discussion -> new DisputeDiscussion(discussion.roundNumber(), discussion.occurredOn(),
                        discussion.factId()))
                .toList();
        DisputeResolution resolution = followUps.stream()
                .filter(DisputeFacts.FollowUp::isResolution)
                .findFirst()
                .map(resolved -> new DisputeResolution(resolved.factId(), resolved.occurredOn(),
                        resolved.resolution()))
                .orElse(null);
        return new Dispute(raised.id(), raised.track(), raised.kind(),
                resolution == null ? Dispute.OPEN : Dispute.RESOLVED, raised.occurredOn(), raised.raisedBy(),
                raised.against(), raised.title(), raised.details(), discussions, resolution);
    }
}
