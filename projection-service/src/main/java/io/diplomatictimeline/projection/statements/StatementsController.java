package io.diplomatictimeline.projection.statements;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What officials said, by speaker, by the fact they spoke about, or by track; now or as of a past instant. */
@RestController
@RequestMapping("/api/statements")
class StatementsController {

    private final Statements statements;

    StatementsController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping
    Map<String, List<Statement>> statements(StatementsRequest request) {
        return Map.of("statements", statements.find(request.toQuery()));
    }
}
