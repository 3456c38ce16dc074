package io.diplomatictimeline.projection.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record that holds the query string of a GET, one component per parameter, each named as its parameter
 * ({@link QueryParametersResolver} fills it in). A parameter left out is null; one sent twice is all its values.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryParameters {
}
