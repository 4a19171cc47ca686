package uk.homecare.portal.api.brokerage;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The terms of care a variation changes: weekly minutes and the visit pattern. */
@Serdeable
public record PackageTerms(@Schema(example = "420") int weeklyMinutes, VisitPattern visitPattern) {}
