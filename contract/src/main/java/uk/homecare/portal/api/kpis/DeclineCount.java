package uk.homecare.portal.api.kpis;

import io.micronaut.serde.annotation.Serdeable;
import uk.homecare.portal.api.brokerage.DeclineReason;

/** Offers declined in the period for one reason. */
@Serdeable
public record DeclineCount(DeclineReason reason, int offers) {}
