package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.equality.EqualityAction;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityDimension;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.api.equality.EqualityProfile;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.api.equality.EqualityTable;
import uk.homecare.portal.api.equality.Figure;
import uk.homecare.portal.api.equality.Suppression;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.EqualityClient;

/**
 * Equality monitoring in memory: answers per person (recorded with consent, versioned, withdrawn), and a report whose
 * figures are known (FEMALE shown, MALE small, the rest withheld), for the period asked. Commissioners only.
 */
@Singleton
@Replaces(EqualityClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeEqualityClient extends FakeApi implements EqualityClient {

    public final Map<UUID, EqualityProfile> profiles = new HashMap<>();
    public final List<EqualityForm> recorded = new ArrayList<>();
    public LocalDate lastFrom;
    public LocalDate lastTo;
    public int csvExports;
    private final FakeIdentityClient identity;
    private final MovableClock clock;

    public FakeEqualityClient(FakeIdentityClient identity, MovableClock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    public void reset() {
        profiles.clear();
        recorded.clear();
        lastFrom = null;
        lastTo = null;
        csvExports = 0;
        forgetCalls();
    }

    private void commissionersOnly(Bearer caller, Capability capability) {
        call(caller, null);
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    private static EqualityProfile none(UUID person) {
        return new EqualityProfile(person, false, null, null, null, null, EqualityAnswers.none(), 0, List.of(EqualityAction.RECORD));
    }

    @Override
    public EqualityProfile showEquality(Bearer caller, UUID personId) {
        commissionersOnly(caller, Capability.RECORD_EQUALITY);
        return profiles.getOrDefault(personId, none(personId));
    }

    @Override
    public EqualityProfile recordEquality(Bearer caller, UUID personId, EqualityForm form) {
        commissionersOnly(caller, Capability.RECORD_EQUALITY);
        lastForm = form;
        EqualityProfile current = profiles.getOrDefault(personId, none(personId));
        if (current.version() != form.version()) {
            throw conflict("Someone else changed this record after you loaded it.");
        }
        recorded.add(form);
        var saved = new EqualityProfile(personId, true, form.consentFrom(), clock.today(), clock.instant(),
                new NamedRef(UUID.randomUUID(), "Cora Commissioner"), form.answers(), current.version() + 1,
                List.of(EqualityAction.RECORD, EqualityAction.WITHDRAW));
        profiles.put(personId, saved);
        return saved;
    }

    @Override
    public EqualityProfile withdrawEquality(Bearer caller, UUID personId) {
        commissionersOnly(caller, Capability.RECORD_EQUALITY);
        if (profiles.remove(personId) == null) {
            throw conflict("No equality answers are recorded for this person.");
        }
        return none(personId);
    }

    @Override
    public EqualityReport showEqualityReport(Bearer caller, LocalDate from, LocalDate to) {
        commissionersOnly(caller, Capability.READ_EQUALITY_REPORT);
        lastFrom = from;
        lastTo = to;
        Figure small = Figure.suppressed(Suppression.SMALL);
        Figure withheld = Figure.suppressed(Suppression.SECONDARY);
        Figure derived = Figure.suppressed(Suppression.DERIVED);
        List<EqualityTable> tables = new ArrayList<>();
        for (EqualityDimension dimension : EqualityDimension.values()) {
            List<EqualityRow> rows = new ArrayList<>();
            for (String group : dimension.groups()) {
                rows.add(switch (group) {
                    case "FEMALE" -> new EqualityRow(group, Figure.shown(12), Figure.shown(14), Figure.shown(10), Figure.shown(150),
                            Figure.shown(5), Figure.shown(36), small);
                    case "MALE" -> new EqualityRow(group, small, small, small, derived, small, derived, small);
                    default -> new EqualityRow(group, withheld, withheld, withheld, derived, small, derived, small);
                });
            }
            tables.add(new EqualityTable(dimension, rows));
        }
        return new EqualityReport(FakeIdentityClient.COVENTRY, from, to, clock.instant(), "UNDER_5_WITH_SECONDARY", 5,
                new EqualityRow("ALL", Figure.shown(40), Figure.shown(44), Figure.shown(30), Figure.shown(180), Figure.shown(9),
                        Figure.shown(20), Figure.shown(6)), tables);
    }

    @Override
    public HttpResponse<String> exportEqualityCsv(Bearer caller, LocalDate from, LocalDate to) {
        showEqualityReport(caller, from, to);
        csvExports++;
        return HttpResponse.ok("\"report\",\"from\",\"" + from + "\"\r\n");
    }
}
