package uk.homecare.portal.quality;

import java.util.UUID;

/** A provider as registered with one council: the gates judge it per council. */
public record CouncilProvider(UUID council, UUID provider) {}
