package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.homecare.portal.api.reference.Framework;
import uk.homecare.portal.api.reference.FrameworkForm;
import uk.homecare.portal.api.reference.Lot;
import uk.homecare.portal.api.reference.LotForm;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.reference.Rate;
import uk.homecare.portal.api.reference.RateForm;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.api.reference.Zone;
import uk.homecare.portal.api.reference.ZoneForm;
import uk.homecare.portal.api.reference.ZoneKind;
import uk.homecare.portal.api.identity.Bearer;

/**
 * The reference API in memory. It records the last form it was sent and the caller header,
 * and can be told to fail the next call with a status and problem.
 */
@Singleton
@Replaces(ReferenceClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeReferenceClient extends FakeApi implements ReferenceClient {

    public final List<Zone> zones = new ArrayList<>();
    public final List<Framework> frameworks = new ArrayList<>();
    public final List<Lot> lots = new ArrayList<>();
    private final List<Rate> rates = new ArrayList<>();
    public final List<Provider> providers = new ArrayList<>();

    public void reset() {
        zones.clear();
        frameworks.clear();
        lots.clear();
        rates.clear();
        providers.clear();
        forgetCalls();
        zones.add(new Zone(UUID.randomUUID(), "CV-N", "Coventry North", ZoneKind.URBAN, null, 3));
        providers.add(new Provider(UUID.randomUUID(), "Caring Hands Ltd", "CQC", "1-101", null));
    }

    @Override
    public List<Zone> listZones(Bearer caller) {
        call(caller, null);
        return List.copyOf(zones);
    }

    @Override
    public Zone addZone(Bearer caller, @Nullable String idempotencyKey, ZoneForm form) {
        call(caller, form);
        var zone = new Zone(UUID.randomUUID(), code(form, null), form.name().strip(), form.kind(), form.retiredOn(), 0);
        zones.add(zone);
        return zone;
    }

    @Override
    public Zone changeZone(Bearer caller, UUID id, ZoneForm form) {
        call(caller, form);
        Zone current = zones.stream().filter(z -> z.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
        if (form.version() == null) {
            throw invalid("version", "Send the version you loaded.");
        }
        String code = code(form, id);
        if (form.version() != current.version()) {
            throw conflict("Someone else changed this since you loaded it.");
        }
        var zone = new Zone(id, code, form.name().strip(), form.kind(), form.retiredOn(), current.version() + 1);
        zones.replaceAll(z -> z.id().equals(id) ? zone : z);
        return zone;
    }

    /** The zone's code as the API keeps it, upper-cased; refused when another zone has it. */
    private String code(ZoneForm form, UUID id) {
        String code = form.code().strip().toUpperCase(Locale.ROOT);
        if (zones.stream().anyMatch(z -> z.code().equals(code) && !z.id().equals(id))) {
            throw invalid("code", "Another zone of your council already has this code.");
        }
        return code;
    }

    @Override
    public List<Framework> listFrameworks(Bearer caller) {
        call(caller, null);
        return List.copyOf(frameworks);
    }

    @Override
    public Framework addFramework(Bearer caller, @Nullable String idempotencyKey, FrameworkForm form) {
        call(caller, form);
        var framework = framework(UUID.randomUUID(), form, 0);
        frameworks.add(framework);
        return framework;
    }

    @Override
    public Framework changeFramework(Bearer caller, UUID id, FrameworkForm form) {
        call(caller, form);
        var framework = framework(id, form, form.version() + 1);
        frameworks.replaceAll(f -> f.id().equals(id) ? framework : f);
        return framework;
    }

    private static Framework framework(UUID id, FrameworkForm form, int version) {
        LocalDate ends = form.startsOn().plusMonths(form.initialTermMonths());
        return new Framework(
                id,
                form.name(),
                form.startsOn(),
                form.initialTermMonths(),
                form.extensionMonths(),
                ends,
                ends.plusMonths(form.extensionMonths()),
                version);
    }

    @Override
    public List<Lot> listLots(Bearer caller, UUID frameworkId) {
        call(caller, null);
        return lots.stream().filter(l -> l.frameworkId().equals(frameworkId)).toList();
    }

    @Override
    public Lot addLot(Bearer caller, UUID frameworkId, @Nullable String idempotencyKey, LotForm form) {
        call(caller, form);
        var lot = lot(UUID.randomUUID(), frameworkId, form, List.of(), 0);
        lots.add(lot);
        return lot;
    }

    @Override
    public Lot changeLot(Bearer caller, UUID id, LotForm form) {
        call(caller, form);
        Lot old = lot(id);
        var lot = lot(id, old.frameworkId(), form, old.providers(), form.version() + 1);
        lots.replaceAll(l -> l.id().equals(id) ? lot : l);
        return lot;
    }

    private Lot lot(UUID id, UUID frameworkId, LotForm form, List<LotProvider> holders, int version) {
        String zoneName = zones.stream()
                .filter(z -> z.id().equals(form.zoneId()))
                .map(Zone::name)
                .findFirst()
                .orElse(null);
        return new Lot(
                id,
                frameworkId,
                form.name(),
                form.kind(),
                form.zoneId(),
                zoneName,
                form.serviceCategory(),
                form.minWeeklyMinutes(),
                form.maxWeeklyMinutes(),
                form.priceCompetition(),
                holders,
                version);
    }

    private Lot lot(UUID id) {
        return lots.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private Lot withProviders(Lot old, List<LotProvider> holders) {
        var lot = new Lot(
                old.id(),
                old.frameworkId(),
                old.name(),
                old.kind(),
                old.zoneId(),
                old.zoneName(),
                old.serviceCategory(),
                old.minWeeklyMinutes(),
                old.maxWeeklyMinutes(),
                old.priceCompetition(),
                holders,
                old.version() + 1);
        lots.replaceAll(l -> l.id().equals(old.id()) ? lot : l);
        return lot;
    }

    @Override
    public Lot placeProvider(Bearer caller, UUID id, LotProviderForm form) {
        call(caller, form);
        Lot old = lot(id);
        String name = providers.stream()
                .filter(p -> p.id().equals(form.providerId()))
                .map(Provider::name)
                .findFirst()
                .orElseThrow();
        List<LotProvider> holders = new ArrayList<>(old.providers());
        holders.removeIf(h -> h.providerId().equals(form.providerId()));
        holders.add(new LotProvider(form.providerId(), name, form.tier()));
        return withProviders(old, holders);
    }

    @Override
    public Lot removeProvider(Bearer caller, UUID id, UUID providerId) {
        call(caller, null);
        Lot old = lot(id);
        List<LotProvider> holders = new ArrayList<>(old.providers());
        holders.removeIf(h -> h.providerId().equals(providerId));
        return withProviders(old, holders);
    }

    @Override
    public List<Provider> listProviders(Bearer caller) {
        call(caller, null);
        return List.copyOf(providers);
    }

    @Override
    public List<Rate> listRates(Bearer caller) {
        call(caller, null);
        return List.copyOf(rates);
    }

    @Override
    public Rate addRate(Bearer caller, @Nullable String idempotencyKey, RateForm form) {
        call(caller, form);
        var rate = new Rate(
                UUID.randomUUID(),
                form.serviceType(),
                form.hourlyRatePence(),
                form.floorPence(),
                form.ceilingPence(),
                form.effectiveFrom(),
                null,
                0);
        rates.add(rate);
        return rate;
    }

    @Override
    public Rate changeRate(Bearer caller, UUID id, RateForm form) {
        call(caller, form);
        var rate = new Rate(
                id,
                form.serviceType(),
                form.hourlyRatePence(),
                form.floorPence(),
                form.ceilingPence(),
                form.effectiveFrom(),
                null,
                form.version() + 1);
        rates.replaceAll(r -> r.id().equals(id) ? rate : r);
        return rate;
    }
}
