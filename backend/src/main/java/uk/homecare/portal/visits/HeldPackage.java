package uk.homecare.portal.visits;

import java.time.LocalDate;
import java.util.UUID;

/** A package as visits need it: whose council, its person, when its care starts, and who holds it (AWARDED to). */
record HeldPackage(UUID id, String reference, UUID councilId, UUID personId, LocalDate startDate, UUID holderId) {}
