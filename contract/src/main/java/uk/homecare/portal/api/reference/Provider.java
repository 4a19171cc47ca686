package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A registered care provider contracted to the council, with its regulator (CQC or CIW) identifiers. */
@Serdeable
public record Provider(
        UUID id, String name, String regulator, String regulatorProviderId, @Nullable String regulatorLocationId) {}
