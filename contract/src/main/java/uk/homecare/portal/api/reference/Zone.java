package uk.homecare.portal.api.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** A locality the council commissions care in. A retired zone keeps its history. */
@Serdeable
public record Zone(UUID id, String code, String name, ZoneKind kind, @Nullable LocalDate retiredOn, int version) {}
