/**
 * How the API describes itself in {@code openapi/homecare-portal.yml}: the problem responses every
 * operation can give, as a few meta-annotations ({@link uk.homecare.portal.platform.openapi.StandardProblems},
 * {@link uk.homecare.portal.platform.openapi.InvalidBodyProblems}, ...) that micronaut-openapi expands at
 * compile time, so controllers name the refusals they make without spelling out each response.
 */
@NullMarked
package uk.homecare.portal.platform.openapi;

import org.jspecify.annotations.NullMarked;
