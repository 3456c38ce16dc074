package io.diplomatictimeline.timeline.security;

/** The scopes a token can carry, as written in a JWT's scope claim or a static token's configuration. */
public final class Scopes {

    /** Recording facts: every POST. */
    public static final String EVENTS_WRITE = "events:write";
    /** Reserved for administrative actions (under /api/admin/); none exists yet, so nothing grants more. */
    public static final String TIMELINE_ADMIN = "timeline:admin";

    /** How Spring Security names a granted scope, both for JWT claims and for static tokens. */
    static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private Scopes() {
    }
}
