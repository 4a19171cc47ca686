package uk.homecare.portal.platform;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An operation that takes a body larger than {@link BodySizes#SMALL} bytes (an uploaded file), up to the server's
 * {@code micronaut.server.max-request-size}. Every other operation's body stays small (BodySizes).
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface LargeBody {}
