package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.quality.FailedGate;
import uk.homecare.portal.api.quality.GateName;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.ProviderStanding;
import uk.homecare.portal.api.quality.RatingsImportReport;
import uk.homecare.portal.api.quality.StandingAction;
import uk.homecare.portal.api.quality.SuspensionForm;
import uk.homecare.portal.ui.client.QualityClient;

/**
 * Quality gates in memory: the council's {@link #standings} a test puts there (suspending and lifting change the
 * SUSPENDED_BY_COUNCIL gate and the actions, as the API does), the council's {@link #settings} (a stale version is
 * refused, 409), and the provider's {@link #own} standing.
 */
@Singleton
@Replaces(QualityClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeQualityClient extends FakeApi implements QualityClient {

    public final List<ProviderStanding> standings = new ArrayList<>();
    public final List<ProviderStanding> own = new ArrayList<>();
    public GateSettings settings = new GateSettings(null, true, 0);
    /** What the next import answers: a report (201), or this problem (422, the rows at fault) when set. */
    public RatingsImportReport nextReport;
    public Problem nextRefusal;
    public byte[] lastFile;
    private final FakeIdentityClient identity;

    public FakeQualityClient(FakeIdentityClient identity) {
        this.identity = identity;
    }

    private void require(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    @Override
    public HttpResponse<RatingsImportReport> importRatings(Bearer caller, byte[] file) {
        call(caller, null);
        require(caller, Capability.IMPORT_RATINGS);
        lastFile = file;
        if (nextRefusal != null) {
            throw new HttpClientResponseException("Unprocessable", HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(nextRefusal));
        }
        return HttpResponse.created(nextReport);
    }

    @Override
    public GateSettings showProviderGates(Bearer caller) {
        call(caller, null);
        require(caller, Capability.EDIT_PROVIDER_GATES);
        return settings;
    }

    @Override
    public GateSettings changeProviderGates(Bearer caller, GateSettings wanted) {
        call(caller, wanted);
        require(caller, Capability.EDIT_PROVIDER_GATES);
        if (!wanted.version().equals(settings.version())) {
            throw conflict("The quality gates changed since you loaded them.");
        }
        settings = new GateSettings(wanted.minimumRating(), wanted.notYetRatedPasses(), settings.version() + 1);
        return settings;
    }

    @Override
    public List<ProviderStanding> listProviderStandings(Bearer caller) {
        call(caller, null);
        return List.copyOf(standings);
    }

    @Override
    public ProviderStanding suspendProvider(Bearer caller, UUID id, SuspensionForm form) {
        call(caller, form);
        require(caller, Capability.SUSPEND_PROVIDERS);
        ProviderStanding standing = find(id);
        if (!standing.actions().contains(StandingAction.SUSPEND)) {
            throw conflict("This provider is suspended already.");
        }
        List<FailedGate> gates = new ArrayList<>(standing.failedGates());
        gates.add(new FailedGate(GateName.SUSPENDED_BY_COUNCIL, standing.council(), "The council suspended it from new offers: " + form.reason(),
                null, null, null, form.reason(), null));
        return replace(standing, gates, StandingAction.LIFT_SUSPENSION);
    }

    @Override
    public ProviderStanding liftSuspension(Bearer caller, UUID id, SuspensionForm form) {
        call(caller, form);
        require(caller, Capability.SUSPEND_PROVIDERS);
        ProviderStanding standing = find(id);
        if (!standing.actions().contains(StandingAction.LIFT_SUSPENSION)) {
            throw conflict("This provider is not suspended.");
        }
        return replace(standing, standing.failedGates().stream().filter(g -> g.gate() != GateName.SUSPENDED_BY_COUNCIL).toList(),
                StandingAction.SUSPEND);
    }

    @Override
    public List<ProviderStanding> showOwnStanding(Bearer caller) {
        call(caller, null);
        return List.copyOf(own);
    }

    /** A provider of the council, passing every gate, that a commissioner may suspend. */
    public ProviderStanding provider(String name, NamedRef council) {
        ProviderStanding standing = new ProviderStanding(new NamedRef(UUID.randomUUID(), name), council, null, List.of(), List.of(),
                List.of(StandingAction.SUSPEND));
        standings.add(standing);
        return standing;
    }

    private ProviderStanding find(UUID id) {
        return standings.stream().filter(s -> s.provider().id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
    }

    private ProviderStanding replace(ProviderStanding standing, List<FailedGate> gates, StandingAction next) {
        ProviderStanding changed = new ProviderStanding(standing.provider(), standing.council(), standing.rating(), standing.locations(),
                gates, List.of(next));
        standings.set(standings.indexOf(standing), changed);
        return changed;
    }
}
