package io.diplomatictimeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Both services describe their API (OpenAPI 3 at /v3/api-docs, Swagger UI at /swagger-ui.html), and every endpoint
 * the README and docs/api.md name, written as {@code `GET /api/...`}, is in one of the two descriptions.
 */
@Order(3)
class TheApiDescriptionIT {

    /** A backticked endpoint: a method, then a path, up to a query string, a space or the closing backtick. */
    private static final Pattern ENDPOINT = Pattern.compile("`(GET|POST|PUT|PATCH|DELETE) (/[^`?\\s]*)[^`]*`");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}/]*}");

    private final SystemStack stack = SystemStack.get();

    @Test
    void everyEndpointTheReadmeNamesIsDescribedByOneOfTheServices() throws IOException {
        Set<String> named = endpointsNamedIn(Path.of(System.getProperty("project.root"), "README.md"),
                Path.of(System.getProperty("project.root"), "docs", "api.md"));
        Set<String> described = new LinkedHashSet<>();
        described.addAll(described(stack.timeline()));
        described.addAll(described(stack.projection()));

        assertThat(named).as("endpoints named in README.md and docs/api.md").isNotEmpty()
                .contains("GET /api/timeline/stream", "POST /api/events");
        assertThat(described).containsAll(named);
    }

    @Test
    void writesAndAdminActionsNeedTheBearerSchemeAndRefusalsAreProblems() {
        JsonNode timeline = Api.get(stack.timeline().uri("/v3/api-docs")).body();
        JsonNode projection = Api.get(stack.projection().uri("/v3/api-docs")).body();

        for (JsonNode api : new JsonNode[] {timeline, projection}) {
            assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        }
        JsonNode post = timeline.at("/paths/~1api~1events/post");
        assertThat(post.at("/security/0").has("bearer")).isTrue();
        assertThat(post.get("responses").fieldNames()).toIterable()
                .contains("201", "400", "401", "403", "409", "413", "415", "429");
        assertThat(post.at("/responses/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(projection.at("/paths/~1api~1admin~1replay/post/security/0").has("bearer")).isTrue();
        assertThat(projection.at("/paths/~1api~1timeline/get/security").isMissingNode()).isTrue();
        assertThat(projection.at("/paths/~1api~1timeline/get/parameters").findValuesAsText("name"))
                .contains("track", "type", "from", "to", "actor", "country", "topic", "q", "asOf", "limit", "cursor");
        assertThat(projection.at("/paths/~1api~1timeline~1export/get/parameters").findValuesAsText("name"))
                .contains("format", "track", "asOf");
    }

    @Test
    void swaggerUiIsServedByEachServiceItself() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (ServiceProcess service : new ServiceProcess[] {stack.timeline(), stack.projection()}) {
            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(service.uri("/swagger-ui.html")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ui.statusCode()).isEqualTo(200);
            assertThat(ui.body()).contains("Swagger UI").doesNotContain("https://");
        }
    }

    private static Set<String> endpointsNamedIn(Path... documents) throws IOException {
        Set<String> endpoints = new LinkedHashSet<>();
        for (Path document : documents) {
            if (!Files.exists(document)) {
                continue;
            }
            Matcher matcher = ENDPOINT.matcher(Files.readString(document));
            while (matcher.find()) {
                endpoints.add(matcher.group(1) + " " + normalised(matcher.group(2)));
            }
        }
        return endpoints;
    }

    private static Set<String> described(ServiceProcess service) {
        Set<String> endpoints = new LinkedHashSet<>();
        JsonNode paths = Api.get(service.uri("/v3/api-docs")).body().get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                endpoints.add(method.toUpperCase(Locale.ROOT) + " " + normalised(path.getKey()))));
        return endpoints;
    }

    /** Path variables match whatever their names: {@code /api/timeline/{id}} is {@code /api/timeline/{factId}}. */
    private static String normalised(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return PATH_VARIABLE.matcher(trimmed).replaceAll("{}");
    }
}
