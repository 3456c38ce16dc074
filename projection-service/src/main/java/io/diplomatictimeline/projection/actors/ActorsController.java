package io.diplomatictimeline.projection.actors;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
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
 * The people the facts mention: all of them by name, or one with every fact they appear in; now or as of a past
 * instant.
 */
@RestController
@RequestMapping("/api/actors")
class ActorsController {

    private final Actors actors;

    ActorsController(Actors actors) {
        this.actors = actors;
    }

    @GetMapping
    Map<String, List<ActorSummary>> actors(@RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        return Map.of("actors", actors.all(AsOfParameter.parse(asOf)));
    }

    @GetMapping("/{id}")
    Actor actor(@PathVariable String id, @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return actors.byId(id, knowledge).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no actor with id '" + id + "'"));
    }
}
