package io.diplomatictimeline.projection.responses;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import io.diplomatictimeline.projection.web.FactId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The chain of moves and answers around a fact, now or as of a past instant. */
@RestController
class ChainsController {

    private final Chains chains;

    ChainsController(Chains chains) {
        this.chains = chains;
    }

    @GetMapping("/api/chains/{id}")
    Chain chain(@PathVariable String id, @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return FactId.parse(id).flatMap(factId -> chains.around(factId, knowledge))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no standing fact with id '" + id + "'"
                                + knowledge.at().map(instant -> " as of " + instant).orElse("")));
    }
}
