package io.diplomatictimeline.projection.proposals;

import java.util.List;
import java.util.Map;
import io.diplomatictimeline.projection.web.FactId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The proposals made, each with the stages it went through and how long each has lasted so far. */
@RestController
@RequestMapping("/api/proposals")
class ProposalsController {

    private final Proposals proposals;

    ProposalsController(Proposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    Map<String, List<Proposal>> proposals(ProposalsRequest request) {
        return Map.of("proposals", proposals.list(request.toTrack()));
    }

    @GetMapping("/{id}")
    Proposal proposal(@PathVariable String id) {
        return FactId.parse(id).flatMap(proposals::byId).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "There is no proposal with id '" + id + "'"));
    }
}
