package io.diplomatictimeline.projection.stream;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's NIO connector with 4 KB response buffers instead of 8 KB: each response keeps a byte buffer and a char
 * buffer of this size for as long as its connection, which for a live stream is as long as its client stays. Only a
 * protocol can set it (Connector.createResponse asks it); a larger answer is written through, not buffered.
 */
public class SmallResponseBufferProtocol extends Http11NioProtocol {

    private static final int RESPONSE_BUFFER_BYTES = 4096;

    @Override
    public int getDesiredBufferSize() {
        return RESPONSE_BUFFER_BYTES;
    }
}
