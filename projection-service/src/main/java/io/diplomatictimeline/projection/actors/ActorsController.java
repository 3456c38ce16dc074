package io.diplomatictimeline.projection.actors;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The people the facts mention: all of them by name, or one with every fact they appear in. */
@RestController
@RequestMapping("/api/actors")
class ActorsController {

    private final Actors actors;

    ActorsController(Actors actors) {
        this.actors = actors;
    }

    @GetMapping
    Map<String, List<ActorSummary>> actors() {
        return Map.of("actors", actors.all());
    }

    @GetMapping("/{id}")
    Actor actor(@PathVariable String id) {
        return actors.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no actor with id '" + id + "'"));
    }
}
