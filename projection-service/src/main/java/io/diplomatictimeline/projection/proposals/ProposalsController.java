package io.diplomatictimeline.projection.proposals;

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

/**
 * The proposals made, each with the stages it went through and how long each has lasted so far (or had lasted by
 * the instant asked about).
 */
@RestController
@RequestMapping("/api/proposals")
class ProposalsController {

    private final Proposals proposals;

    ProposalsController(Proposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    Map<String, List<Proposal>> proposals(ProposalsRequest request) {
        ProposalsRequest.Query query = request.toQuery();
        return Map.of("proposals", proposals.list(query.track(), query.asOf()));
    }

    @GetMapping("/{id}")
    Proposal proposal(@PathVariable String id,
                      @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return FactId.parse(id).flatMap(proposalId -> proposals.byId(proposalId, knowledge))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no proposal with id '" + id + "'"));
    }
}
