package io.diplomatictimeline.benchmark.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptedFactsTest {

    @Test
    void countsOnlyPostsToApiEventsAnswered201() {
        String metrics = """
                # HELP http_server_requests_seconds
                # TYPE http_server_requests_seconds summary
                http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/events"} 1200.0
                http_server_requests_seconds_sum{error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/events"} 12.5
                http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="CLIENT_ERROR",status="400",uri="/api/events"} 7.0
                http_server_requests_seconds_count{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/events/{id}"} 3.0
                http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="201",uri="/api/events:batch"} 2.0
                http_server_requests_seconds_count{error="x",exception="x",method="POST",outcome="SUCCESS",status="201",uri="/api/events"} 34.0
                """;

        assertThat(AcceptedFacts.countOf201s(metrics)).isEqualTo(1234);
    }
}
