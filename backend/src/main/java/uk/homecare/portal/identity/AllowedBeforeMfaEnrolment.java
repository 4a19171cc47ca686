package uk.homecare.portal.identity;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An operation a token good only for setting up two-step verification may call (see {@link EnrolmentOnlyFilter}). */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@interface AllowedBeforeMfaEnrolment {}
