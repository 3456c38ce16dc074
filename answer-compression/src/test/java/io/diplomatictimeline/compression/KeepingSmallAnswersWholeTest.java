package io.diplomatictimeline.compression;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A flushed answer stays in the buffer, its length still to be known; an event stream goes out when flushed. */
class KeepingSmallAnswersWholeTest {

    @Test
    void anAnswerFlushedByItsWriterIsNotSentYet() throws Exception {
        MockHttpServletResponse response = answer("application/json", "{}");

        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsString()).isEqualTo("{}");
    }

    @Test
    void anEventStreamGoesOutWhenFlushed() throws Exception {
        MockHttpServletResponse response = answer("text/event-stream", "event: created\n\n");

        assertThat(response.isCommitted()).isTrue();
    }

    private static MockHttpServletResponse answer(String contentType, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet writer = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
                answer.setContentType(contentType);
                answer.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                answer.getOutputStream().flush();
                answer.flushBuffer();
            }
        };
        new WholeSmallAnswers().doFilter(new MockHttpServletRequest("GET", "/api/x"), response,
                new MockFilterChain(writer));
        return response;
    }
}
