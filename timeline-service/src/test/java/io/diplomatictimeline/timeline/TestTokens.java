package io.diplomatictimeline.timeline;

/**
 * The static tokens the test service is configured with ({@link TimelineServiceTest}), each by its SHA-256
 * ({@code printf %s TOKEN | sha256sum}), as an operator would configure them.
 */
public final class TestTokens {

    /** May write: scope events:write. */
    public static final String WRITER = "test-writer-token";
    static final String WRITER_SHA256 = "2ad1fa3036ba59945c9083aa0c20d7042842734d68d66a8e7cd83704d1ebb394";
    public static final String WRITER_CLIENT = "test-writer";

    /** Valid, but only with scope events:read. */
    public static final String READER = "test-reader-token";
    static final String READER_SHA256 = "0b2e8ed1ad9b540959ccfa412a59dbc86cf6a4874072936c2233bda4ced1e1c6";

    /** May write, but its client has an allowance of 3 writes, refilled by one an hour. */
    public static final String HASTY_WRITER = "test-hasty-writer-token";
    static final String HASTY_WRITER_SHA256 = "5049de4e7dd63ac4bb866bf8548190e3c25dbd345d4f1dfcc321357b7f9f05e9";

    private TestTokens() {
    }
}
