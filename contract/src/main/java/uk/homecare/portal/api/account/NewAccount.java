package uk.homecare.portal.api.account;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The account an accepted invitation made: the username to sign in with (the e-mail address, in lower case). */
@Serdeable
public record NewAccount(@Schema(example = "sam.patel@coventry.gov.uk") String username) {}
