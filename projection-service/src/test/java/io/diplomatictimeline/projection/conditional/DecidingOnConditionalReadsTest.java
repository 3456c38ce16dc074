package io.diplomatictimeline.projection.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import io.diplomatictimeline.projection.readmodel.ReadModelVersion;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** When the filter answers 304 itself, when it lets the query run, and what it tags. */
class DecidingOnConditionalReadsTest {

    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    private final ReadModelVersion version = new ReadModelVersion();
    private final AtomicInteger queries = new AtomicInteger();

    @Test
    void aFirstReadRunsTheQueryAndIsTaggedForRevalidation() throws Exception {
        MockHttpServletResponse response = read(at(NOON), get("/api/timeline", "track=t1"), 200);

        assertThat(queries).hasValue(1);
        assertThat(response.getHeader("ETag")).matches("W/\"[0-9a-f]{8}\\.0-[0-9a-f]{16}\"");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getContentAsString()).isEqualTo("{}");
    }

    @Test
    void theTagSentBackIsA304WithoutRunningTheQuery() throws Exception {
        String tag = read(at(NOON), get("/api/timeline", "track=t1"), 200).getHeader("ETag");
        MockHttpServletRequest again = get("/api/timeline", "track=t1");
        again.addHeader("If-None-Match", "W/\"other\", " + tag);

        MockHttpServletResponse response = read(at(NOON), again, 200);

        assertThat(queries).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader("ETag")).isEqualTo(tag);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aChangeOfTheReadModelsAnotherQueryOrAnotherDayMakesANewTag() throws Exception {
        String tag = read(at(NOON), get("/api/timeline", "track=t1"), 200).getHeader("ETag");

        assertThat(read(at(NOON), get("/api/timeline", "track=t2"), 200).getHeader("ETag")).isNotEqualTo(tag);
        assertThat(read(at(NOON), get("/api/actors", "track=t1"), 200).getHeader("ETag")).isNotEqualTo(tag);
        assertThat(read(at(NOON.plusSeconds(12 * 3600)), get("/api/timeline", "track=t1"), 200).getHeader("ETag"))
                .isNotEqualTo(tag);
        version.changed();
        assertThat(read(at(NOON), get("/api/timeline", "track=t1"), 200).getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aStaleTagRunsTheQuery() throws Exception {
        String tag = read(at(NOON), get("/api/timeline", null), 200).getHeader("ETag");
        version.changed();
        MockHttpServletRequest again = get("/api/timeline", null);
        again.addHeader("If-None-Match", tag);

        MockHttpServletResponse response = read(at(NOON), again, 200);

        assertThat(queries).hasValue(2);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void anyTagAtAllRunsTheQueryAndAnswers304WhenItSucceeds() throws Exception {
        MockHttpServletRequest request = get("/api/timeline", null);
        request.addHeader("If-None-Match", "*");

        MockHttpServletResponse response = read(at(NOON), request, 200);

        assertThat(queries).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getHeader("ETag")).isNotNull();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aRefusalIsNeitherTaggedNorAnswered304() throws Exception {
        MockHttpServletRequest request = get("/api/timeline", "country=RUS");
        request.addHeader("If-None-Match", "*");

        MockHttpServletResponse response = read(at(NOON), request, 400);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Cache-Control")).isNull();
    }

    @Test
    void theLiveStreamAdminActionsWritesAndAnythingOutsideTheApiAreLeftAlone() throws Exception {
        ConditionalReads filter = new ConditionalReads(version, at(NOON));
        MockHttpServletRequest post = get("/api/timeline", null);
        post.setMethod("POST");

        assertThat(filter.shouldNotFilter(get("/api/timeline/stream", null))).isTrue();
        assertThat(filter.shouldNotFilter(get("/api/admin/replay", null))).isTrue();
        assertThat(filter.shouldNotFilter(get("/actuator/health", null))).isTrue();
        assertThat(filter.shouldNotFilter(post)).isTrue();
        assertThat(filter.shouldNotFilter(get("/api/timeline/export", "format=csv"))).isFalse();
    }

    /** Runs the request through the filter to a "query" that answers {@code {}} with the given status. */
    private MockHttpServletResponse read(Clock clock, MockHttpServletRequest request, int status)
            throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet query = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                queries.incrementAndGet();
                res.setStatus(status);
                res.setContentType("application/json");
                res.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
            }
        };
        new ConditionalReads(version, clock).doFilter(request, response, new MockFilterChain(query));
        return response;
    }

    private static MockHttpServletRequest get(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        return request;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
