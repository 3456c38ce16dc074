package io.diplomatictimeline.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InFlightTest {

    @Test
    void countsTheRequestsBeingServedByMethod() {
        String metrics = """
                # TYPE http_server_requests_active_seconds summary
                http_server_requests_active_seconds_count{exception="none",method="GET",outcome="SUCCESS",status="200",uri="UNKNOWN"} 1
                http_server_requests_active_seconds_count{exception="none",method="POST",outcome="SUCCESS",status="200",uri="UNKNOWN"} 31
                http_server_requests_active_seconds_sum{exception="none",method="POST",outcome="SUCCESS",status="200",uri="UNKNOWN"} 12.5
                """;

        assertThat(InFlight.active(metrics, "POST")).isEqualTo(31);
        assertThat(InFlight.active(metrics, "GET")).isEqualTo(1);
    }
}
