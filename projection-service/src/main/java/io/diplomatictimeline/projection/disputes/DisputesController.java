package io.diplomatictimeline.projection.disputes;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.FactId;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The disputes raised, open or resolved, with where they were discussed; now or as of a past instant. */
@RestController
@RequestMapping("/api/disputes")
class DisputesController {

    private final Disputes disputes;

    DisputesController(Disputes disputes) {
        this.disputes = disputes;
    }

    @GetMapping
    Map<String, List<Dispute>> disputes(DisputesRequest request) {
        return Map.of("disputes", disputes.find(request.toQuery()));
    }

    @GetMapping("/{id}")
    Dispute dispute(@PathVariable String id, @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return FactId.parse(id).flatMap(disputeId -> disputes.byId(disputeId, knowledge))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no dispute with id '" + id + "'"));
    }
}
