package uk.homecare.portal.api.capacity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.homecare.portal.api.identity.NamedRef;

/** A council a provider holds a contract with, and the zones it can report capacity for there. */
@Serdeable
public record CouncilZones(NamedRef council, List<NamedRef> zones) {}
