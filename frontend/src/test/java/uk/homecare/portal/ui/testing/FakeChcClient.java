package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.api.chc.PostcodeDistrictZone;
import uk.homecare.portal.api.identity.Bearer;

/**
 * The council side of the CHC API in memory, recording calls and failing on request as every
 * {@link FakeApi} does. It starts with no requirement, nothing commissioned and an empty map; a
 * requirement sent is the one the summary reports, and a map sent replaces the whole map, upper-cased
 * and in district order as the API keeps it.
 */
@Singleton
@Replaces(ChcClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeChcClient extends FakeApi implements ChcClient {

    public final List<PostcodeDistrictZone> districts = new ArrayList<>();
    public ChcSummary summary;

    public void reset() {
        districts.clear();
        summary = new ChcSummary(0, 0, 0, 0, 0);
        forgetCalls();
    }

    @Override
    public ChcSummary showChcSummary(Bearer caller) {
        call(caller, null);
        return summary;
    }

    @Override
    public ChcRequirement showChcRequirement(Bearer caller) {
        call(caller, null);
        return new ChcRequirement(summary.requiredWeeklyMinutes());
    }

    @Override
    public ChcRequirement changeChcRequirement(Bearer caller, ChcRequirement requirement) {
        call(caller, requirement);
        summary = new ChcSummary(requirement.weeklyMinutes(), summary.commissionedWeeklyMinutes(),
                summary.waitingWeeklyMinutes(), summary.packagesCommissioned(), summary.packagesWaiting());
        return requirement;
    }

    @Override
    public List<PostcodeDistrictZone> listPostcodeDistricts(Bearer caller) {
        call(caller, null);
        return List.copyOf(districts);
    }

    @Override
    public List<PostcodeDistrictZone> changePostcodeDistricts(Bearer caller, List<PostcodeDistrictZone> map) {
        call(caller, List.copyOf(map));
        districts.clear();
        map.stream()
                .map(line -> new PostcodeDistrictZone(line.district().toUpperCase(Locale.ROOT), line.zoneId()))
                .sorted(Comparator.comparing(PostcodeDistrictZone::district))
                .forEach(districts::add);
        return List.copyOf(districts);
    }
}
