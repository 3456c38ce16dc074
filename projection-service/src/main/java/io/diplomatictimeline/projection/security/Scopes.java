package io.diplomatictimeline.projection.security;

/** The scopes this service checks, as written in a JWT's scope claim or a static token's configuration. */
final class Scopes {

    /** Administrative actions: everything under /api/admin/. */
    static final String TIMELINE_ADMIN = "timeline:admin";

    /** How Spring Security names a granted scope, both for JWT claims and for static tokens. */
    static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private Scopes() {
    }
}
