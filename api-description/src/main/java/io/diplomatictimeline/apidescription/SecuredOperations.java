package io.diplomatictimeline.apidescription;

/** Which operations of a service need a bearer token: the service says, as its security configuration decides. */
@FunctionalInterface
public interface SecuredOperations {

    /** @param method the HTTP method, upper case; {@code path} as the API description writes it */
    boolean needToken(String method, String path);
}
