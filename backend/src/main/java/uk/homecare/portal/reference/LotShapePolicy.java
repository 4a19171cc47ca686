package uk.homecare.portal.reference;

import java.util.UUID;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotKind;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * A zone lot covers one live zone of the council; a citywide lot covers none. A contract hours band
 * runs from its minimum up to its maximum.
 */
final class LotShapePolicy {

    private LotShapePolicy() {}

    static void check(LotForm form, UUID council, Zones zones) {
        if (form.kind() == LotKind.ZONE) {
            if (form.zoneId() == null) {
                throw PortalProblem.invalid("zoneId", "A zone lot needs a zone.");
            }
            ZoneRow zone = zones.findByIdAndCouncilId(form.zoneId(), council)
                    .orElseThrow(() -> PortalProblem.invalid("zoneId", "No such zone in your council."));
            if (zone.retiredOn() != null) {
                throw PortalProblem.invalid("zoneId", "This zone is retired; choose a zone in use.");
            }
        } else if (form.zoneId() != null) {
            throw PortalProblem.invalid("zoneId", "A citywide lot covers the whole council area and has no zone.");
        }
        if (form.minWeeklyMinutes() != null && form.maxWeeklyMinutes() != null
                && form.minWeeklyMinutes() > form.maxWeeklyMinutes()) {
            throw PortalProblem.invalid("maxWeeklyMinutes", "The band's maximum must not be below its minimum.");
        }
    }
}
