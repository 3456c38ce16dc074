package io.diplomatictimeline.projection.rounds;

import io.diplomatictimeline.projection.readmodel.AsOf;
import io.diplomatictimeline.projection.web.AsOfParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The rounds of talks, scheduled or held, each with everything known about it, now or as of a past instant. */
@RestController
@RequestMapping("/api/rounds")
class RoundsController {

    private final Rounds rounds;

    RoundsController(Rounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping
    Map<String, List<Round>> rounds(RoundsRequest request) {
        RoundsRequest.Query query = request.toQuery();
        return Map.of("rounds", rounds.list(query.track(), query.asOf()));
    }

    /** A round number that is not a whole number, like an unknown one, names no round: 404. */
    @GetMapping("/{track}/{number}")
    Round round(@PathVariable String track, @PathVariable String number,
                @RequestParam(name = AsOfParameter.NAME, required = false) String asOf) {
        AsOf knowledge = AsOfParameter.parse(asOf);
        return roundNumber(number).flatMap(n -> rounds.find(track, n, knowledge))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no round " + number + " on track '" + track + "'"));
    }

    private static Optional<Integer> roundNumber(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
