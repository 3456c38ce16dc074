package io.diplomatictimeline.tokens;

/** The scopes a token can carry, as written in a JWT's scope claim or a static token's configuration. */
public final class Scopes {

    /** Recording facts: every POST. */
    public static final String EVENTS_WRITE = "events:write";
    /** Administrative actions (under /api/admin/), such as rebuilding the read models. */
    public static final String TIMELINE_ADMIN = "timeline:admin";

    /** How Spring Security names a granted scope, both for JWT claims and for static tokens. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private Scopes() {
    }
}
