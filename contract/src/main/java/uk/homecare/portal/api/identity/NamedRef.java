package uk.homecare.portal.api.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A reference to a council, organisation or person: its id and the name people know it by. */
@Serdeable
public record NamedRef(UUID id, @Schema(example = "Coventry City Council") String name) {}
