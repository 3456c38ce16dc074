package io.diplomatictimeline.benchmark.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.diplomatictimeline.benchmark.load.Http;
import java.net.URI;
import java.net.http.HttpResponse;

/** projection-service's GET /api/admin/replay: its state and how many facts its read models hold. */
record ReplayStatus(String state, long applied) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ReplayStatus read(Http http, URI projection) throws Exception {
        HttpResponse<String> answer = http.get(projection.resolve("/api/admin/replay"), true);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/admin/replay answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        JsonNode status = JSON.readTree(answer.body());
        return new ReplayStatus(status.path("state").asText(), status.path("applied").asLong());
    }
}
