package uk.homecare.portal.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;

/**
 * Providers registered with councils. A provider is one organisation whatever the number of councils it works
 * for: registering finds it by its regulator id (or creates it) and links it to the caller's council; its name,
 * identifiers, address and contact are shared, so only its own administrator changes them afterwards.
 */
@Singleton
class ProviderRegister {

    private static final String COLUMNS = """
            select o.id, o.name, o.regulator, o.regulator_provider_id, o.regulator_location_id, o.ods_code,
                   o.address_line, o.postcode, o.contact_email""";

    private final Sql sql;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderRegister(Sql sql, AuditTrail audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CouncilProviders list(Actor actor) {
        UUID council = actor.homeCouncil();
        List<ProviderOrganisation> providers = sql.list(COLUMNS + """
                        , oc.since, exists (select 1 from lot_provider lp where lp.provider_id = o.id) as holds_lots
                          from organisation o join organisation_council oc on oc.organisation_id = o.id
                         where oc.council_id = ? and o.kind = 'PROVIDER' and (oc.until is null or oc.until > ?)
                         order by o.name, o.id""",
                row -> provider(row, Sql.date(row, "since"), ProviderActions.ofRegistered(actor, row.getBoolean("holds_lots"))),
                council, today());
        return new CouncilProviders(regulatorOf(council), providers, ProviderActions.ofList(actor));
    }

    @Transactional
    ProviderOrganisation register(Actor actor, ProviderRegistrationForm form) {
        UUID council = actor.homeCouncil();
        Regulator expected = regulatorOf(council);
        if (form.regulator() != expected) {
            throw PortalProblem.invalid("regulator", "must be " + expected + ": providers in your council's nation are registered with it");
        }
        String providerId = form.regulatorProviderId().trim();
        if (!expected.accepts(providerId)) {
            throw PortalProblem.invalid("regulatorProviderId", "must be a " + expected + " id such as " + example(expected));
        }
        String locationId = blankToNull(form.regulatorLocationId());
        if (locationId != null && !expected.accepts(locationId)) {
            throw PortalProblem.invalid("regulatorLocationId", "must be a " + expected + " id such as " + example(expected));
        }
        Optional<UUID> existing = findByRegulatorId(expected, providerId);
        UUID id = existing.orElseGet(() -> create(form, expected, providerId, locationId));
        LocalDate today = today();
        int linked = sql.update("""
                insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)
                on conflict (organisation_id, council_id) do update set until = null, since = excluded.since
                 where organisation_council.until is not null""", id, council, today);
        if (linked == 1) {
            audit.record(actor, council, existing.isPresent() ? AuditAction.PROVIDER_LINKED : AuditAction.PROVIDER_REGISTERED,
                    "organisation", id, Map.of("regulator", expected, "regulatorProviderId", providerId));
        }
        return registered(actor, council, id);
    }

    @Transactional
    void unlink(Actor actor, UUID id) {
        UUID council = actor.homeCouncil();
        LocalDate today = today();
        boolean registered = sql.one("""
                select count(*) > 0 from organisation_council oc join organisation o on o.id = oc.organisation_id
                 where oc.organisation_id = ? and oc.council_id = ? and o.kind = 'PROVIDER' and (oc.until is null or oc.until > ?)""",
                row -> row.getBoolean(1), id, council, today).orElse(false);
        if (!registered) {
            throw PortalProblem.notFound("No such provider registered with your council.");
        }
        if (holdsLots(id)) {
            throw PortalProblem.conflict("This provider holds lots of your council's frameworks: take it off them first.");
        }
        sql.update("update organisation_council set until = ? where organisation_id = ? and council_id = ?", today, id, council);
        audit.record(actor, council, AuditAction.PROVIDER_UNLINKED, "organisation", id, Map.of());
    }

    @Transactional(readOnly = true)
    ProviderOrganisation own(Actor actor) {
        return ownOrganisation(actor);
    }

    @Transactional
    ProviderOrganisation changeOwn(Actor actor, OrganisationDetailsForm form) {
        UUID id = ownOrganisation(actor).id();
        sql.update("update organisation set address_line = ?, postcode = ?, contact_email = ? where id = ? and kind = 'PROVIDER'",
                form.addressLine().trim(), postcode(form.postcode()), form.contactEmail().trim(), id);
        // The organisation is no council's: the event is of none (V11 lets anyone write such an event).
        audit.record(actor, null, AuditAction.ORGANISATION_DETAILS_CHANGED, "organisation", id, Map.of());
        return ownOrganisation(actor);
    }

    private ProviderOrganisation ownOrganisation(Actor actor) {
        UUID id = actor.homeOrganisation();
        return sql.one(COLUMNS + " from organisation o where o.id = ? and o.kind = 'PROVIDER'",
                        row -> provider(row, null, ProviderActions.ofOwn(actor)), id)
                .orElseThrow(() -> PortalProblem.notFound("Your organisation is not a registered provider."));
    }

    private ProviderOrganisation registered(Actor actor, UUID council, UUID id) {
        return sql.one(COLUMNS + """
                        , oc.since from organisation o join organisation_council oc on oc.organisation_id = o.id
                         where o.id = ? and oc.council_id = ?""",
                row -> provider(row, Sql.date(row, "since"), ProviderActions.ofRegistered(actor, holdsLots(id))), id, council)
                .orElseThrow(() -> PortalProblem.notFound("No such provider registered with your council."));
    }

    private UUID create(ProviderRegistrationForm form, Regulator regulator, String providerId, @Nullable String locationId) {
        String odsCode = blankToNull(form.odsCode());
        if (odsCode != null && sql.one("select count(*) > 0 from organisation where ods_code = ?", row -> row.getBoolean(1), odsCode).orElse(false)) {
            throw PortalProblem.invalid("odsCode", "Another organisation already has this ODS code.");
        }
        // Two councils registering the same new provider at once: the second finds the first's row.
        return sql.one("""
                        insert into organisation (kind, name, regulator, regulator_provider_id, regulator_location_id, ods_code,
                                                  address_line, postcode, contact_email, created_at)
                        values ('PROVIDER', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (regulator, regulator_provider_id) where kind = 'PROVIDER' do nothing
                        returning id""",
                        row -> Sql.uuid(row, "id"), form.name().trim(), regulator, providerId, locationId, odsCode,
                        form.addressLine().trim(), postcode(form.postcode()), form.contactEmail().trim(), clock.instant())
                .or(() -> findByRegulatorId(regulator, providerId))
                .orElseThrow(() -> new IllegalStateException("A provider neither inserted nor found"));
    }

    private Optional<UUID> findByRegulatorId(Regulator regulator, String providerId) {
        return sql.one("select id from organisation where kind = 'PROVIDER' and regulator = ? and regulator_provider_id = ?",
                row -> Sql.uuid(row, "id"), regulator, providerId);
    }

    /** Row-level security shows only the acting council's lots, so this is "holds lots of this council". */
    private boolean holdsLots(UUID providerId) {
        return sql.one("select count(*) > 0 from lot_provider where provider_id = ?", row -> row.getBoolean(1), providerId).orElse(false);
    }

    private Regulator regulatorOf(UUID council) {
        return Regulator.ofNation(sql.one("select nation from council where id = ?", row -> row.getString(1), council)
                .orElseThrow(() -> PortalProblem.notFound("No such council.")));
    }

    private LocalDate today() {
        return UkTime.today(clock);
    }

    private static ProviderOrganisation provider(ResultSet row, @Nullable LocalDate since, List<ProviderAction> actions) throws SQLException {
        return new ProviderOrganisation(Sql.uuid(row, "id"), row.getString("name"), Regulator.valueOf(row.getString("regulator")),
                row.getString("regulator_provider_id"), row.getString("regulator_location_id"), row.getString("ods_code"),
                row.getString("address_line"), row.getString("postcode"), row.getString("contact_email"), since, actions);
    }

    private static String example(Regulator regulator) {
        return regulator == Regulator.CQC ? "1-101234567" : "SIN-00012345-ABCD";
    }

    private static String postcode(String postcode) {
        String compact = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
