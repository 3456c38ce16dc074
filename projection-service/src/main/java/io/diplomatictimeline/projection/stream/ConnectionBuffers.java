package io.diplomatictimeline.projection.stream;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller heap per connection, because a live stream keeps its connection's buffers for as long as its client stays:
 * with Tomcat's defaults about 91 KB each, so that 1,000 streams filled the old generation of the 192 MB heap and the
 * collector ran a full collection every second or two (docs/performance-history.md, "The stream's heap").
 *
 * <p>The socket's own buffers go off the heap: the kernel is given direct memory anyway, so a write from a heap buffer
 * was copied once more on its way. The read buffer is 1 KB: this service's requests are mostly GETs with small
 * headers, and a larger request still fits the header buffer, which is sized on its own
 * (server.max-http-request-header-size). The response buffer is 4 KB ({@link SmallResponseBufferProtocol}): a stream
 * writes events of a few hundred bytes, and a larger answer is written through it.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final int READ_BUFFER_BYTES = 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(SmallResponseBufferProtocol.class.getName());
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.directBuffer", "true");
            connector.setProperty("socket.appReadBufSize", String.valueOf(READ_BUFFER_BYTES));
        });
    }
}
