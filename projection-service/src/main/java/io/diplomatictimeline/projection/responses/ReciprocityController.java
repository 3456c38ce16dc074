package io.diplomatictimeline.projection.responses;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reciprocity ledger of two countries, now or as of a past instant. */
@RestController
class ReciprocityController {

    private final Reciprocity reciprocity;

    ReciprocityController(Reciprocity reciprocity) {
        this.reciprocity = reciprocity;
    }

    @GetMapping("/api/reciprocity")
    Ledger ledger(ReciprocityRequest request) {
        return reciprocity.ledger(request.toQuery());
    }
}
