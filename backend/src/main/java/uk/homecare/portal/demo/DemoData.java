package uk.homecare.portal.demo;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import uk.homecare.portal.demo.DemoCatalogue.Council;
import uk.homecare.portal.demo.DemoCatalogue.Lot;
import uk.homecare.portal.identity.PasswordHasher;
import uk.homecare.portal.platform.AcrossCouncils;

/**
 * Fills an empty database with the demo councils, their zones, frameworks, providers, rates and one user
 * per role, so that the portal can be tried without any configuration.
 */
@Singleton
public class DemoData {

    public static final String DEMO_PASSWORD = "demo-password-2026";
    public static final String DEMO_CLIENT_ID = DemoCatalogue.COVENTRY_ICB.clientId();
    public static final String DEMO_CLIENT_SECRET = "demo-client-secret-2026";
    public static final List<String> COUNCIL_CODES = DemoCatalogue.COUNCILS.stream().map(Council::code).toList();

    /** The roles with a demo login in every council, in the order they are listed, and their username prefix. */
    private static final Map<String, String> USERNAME_PREFIX_BY_ROLE = orderedMap(
            "COMMISSIONER", "commissioner",
            "ADMIN", "admin",
            "PROVIDER", "provider",
            "PROVIDER_ADMIN", "provider-admin",
            "SERVICE_USER", "person",
            "CARER", "carer");

    /** The one demo login that runs the installation rather than a council. */
    public static final DemoLogin PLATFORM_ADMIN = new DemoLogin("platform@homecare.demo", "PLATFORM_ADMIN", "");

    private final DataSource dataSource;
    private final PasswordHasher hasher;
    private final AcrossCouncils acrossCouncils;

    public DemoData(DataSource dataSource, PasswordHasher hasher, AcrossCouncils acrossCouncils) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.acrossCouncils = acrossCouncils;
    }

    public static List<DemoLogin> logins() {
        var logins = new ArrayList<DemoLogin>();
        for (var councilCode : COUNCIL_CODES) {
            for (var role : USERNAME_PREFIX_BY_ROLE.keySet()) {
                logins.add(new DemoLogin(username(role, councilCode), role, councilCode));
            }
        }
        logins.add(PLATFORM_ADMIN);
        return List.copyOf(logins);
    }

    static String username(String role, String councilCode) {
        return USERNAME_PREFIX_BY_ROLE.get(role) + "@" + councilCode + ".demo";
    }

    /** Seeds everything in one transaction if there is no council yet; returns whether it did. */
    public boolean seedIfEmpty() {
        return acrossCouncils.run("demo data: seeding an empty database with every demo council", () -> {
            try {
                // Inside the transaction, the data source hands out that transaction's connection.
                return seedIfEmpty(dataSource.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not seed the demo data", e);
            }
        });
    }

    private boolean seedIfEmpty(Connection connection) throws SQLException {
        // Two instances starting together on an empty database must not both seed it.
        try (var statement = connection.createStatement()) {
            statement.execute("lock table council in exclusive mode");
        }
        if (hasCouncils(connection)) {
            return false;
        }
        new Seeder(connection, hasher.hash(DEMO_PASSWORD), hasher.hash(DEMO_CLIENT_SECRET)).seed();
        return true;
    }

    private static boolean hasCouncils(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select exists (select 1 from council)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** One seeding run: inserts the catalogue table by table, remembering the ids it gives out. */
    private static final class Seeder {
        private final Connection connection;
        private final String passwordHash;
        private final String clientSecretHash;
        private final Map<String, UUID> councilIds = new HashMap<>();
        private final Map<String, UUID> councilOrganisationIds = new HashMap<>();
        private final Map<String, UUID> providerIds = new HashMap<>();
        private final Map<String, UUID> zoneIds = new HashMap<>();
        private final Map<String, UUID> frameworkIds = new HashMap<>();
        private final Map<String, UUID> personIds = new HashMap<>();

        Seeder(Connection connection, String passwordHash, String clientSecretHash) {
            this.connection = connection;
            this.passwordHash = passwordHash;
            this.clientSecretHash = clientSecretHash;
        }

        void seed() throws SQLException {
            insertCouncils();
            insertCouncilOrganisations();
            insertProviders();
            insertProviderContracts();
            insertNhsPartner();
            insertZones();
            insertFrameworks();
            insertLotsAndTheirProviders();
            insertRates();
            insertPeople();
            insertUsersAndCarerConsents();
        }

        private void insertCouncils() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                var id = newId(councilIds, council.code());
                rows.add(new Object[] {id, council.code(), council.name(), DemoCatalogue.WELSH_NAMES.get(council.code()), council.nation(),
                        DemoCatalogue.MIN_VISIT_MINUTES});
            }
            insert("insert into council (id, code, name, name_cy, nation, min_visit_minutes) values (?, ?, ?, ?, ?, ?)", rows);
        }

        private void insertCouncilOrganisations() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                var id = newId(councilOrganisationIds, council.code());
                rows.add(new Object[] {id, "COUNCIL", council.name(), councilId(council)});
            }
            insert("insert into organisation (id, kind, name, council_id) values (?, ?, ?, ?)", rows);
        }

        private void insertProviders() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var provider : DemoCatalogue.PROVIDERS) {
                var id = newId(providerIds, provider.key());
                rows.add(new Object[] {id, "PROVIDER", provider.name(), provider.regulator(),
                        provider.regulatorProviderId(), provider.regulatorLocationId()});
            }
            insert("""
                    insert into organisation (id, kind, name, regulator, regulator_provider_id, regulator_location_id)
                    values (?, ?, ?, ?, ?, ?)""", rows);
        }

        private void insertProviderContracts() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                for (var providerKey : council.providerKeys()) {
                    rows.add(new Object[] {providerId(providerKey), councilId(council), council.framework().startsOn()});
                }
            }
            insert("insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)", rows);
        }

        private void insertNhsPartner() throws SQLException {
            var partner = DemoCatalogue.COVENTRY_ICB;
            var organisationId = UUID.randomUUID();
            insert("insert into organisation (id, kind, name, ods_code) values (?, ?, ?, ?)",
                    List.<Object[]>of(new Object[] {organisationId, "NHS_PARTNER", partner.name(), partner.odsCode()}));
            insert("insert into organisation_council (organisation_id, council_id, since) values (?, ?, ?)",
                    List.<Object[]>of(new Object[] {organisationId, councilIds.get(partner.servesCouncilCode()), partner.since()}));
            insert("insert into api_client (id, client_id, secret_hash, organisation_id) values (?, ?, ?, ?)",
                    List.<Object[]>of(new Object[] {UUID.randomUUID(), partner.clientId(), clientSecretHash, organisationId}));
        }

        private void insertZones() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                for (var zone : council.zones()) {
                    var id = newId(zoneIds, zoneKey(council, zone.code()));
                    rows.add(new Object[] {id, councilId(council), zone.code(), zone.name(), zone.kind(), zone.retiredOn()});
                }
            }
            insert("insert into zone (id, council_id, code, name, kind, retired_on) values (?, ?, ?, ?, ?, ?)", rows);
        }

        private void insertFrameworks() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                var framework = council.framework();
                var id = newId(frameworkIds, council.code());
                rows.add(new Object[] {id, councilId(council), framework.name(), framework.startsOn(),
                        framework.initialTermMonths(), framework.extensionMonths()});
            }
            insert("""
                    insert into framework (id, council_id, name, starts_on, initial_term_months, extension_months)
                    values (?, ?, ?, ?, ?, ?)""", rows);
        }

        private void insertLotsAndTheirProviders() throws SQLException {
            var lotRows = new ArrayList<Object[]>();
            var lotProviderRows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                for (var lot : council.framework().lots()) {
                    var lotId = UUID.randomUUID();
                    lotRows.add(new Object[] {lotId, councilId(council), frameworkIds.get(council.code()), lot.name(), lot.kind(),
                            lot.zoneCode() == null ? null : zoneId(council, lot.zoneCode()), lot.serviceCategory(),
                            lot.minWeeklyMinutes(), lot.maxWeeklyMinutes(), lot.priceCompetition()});
                    lotProviderRows.addAll(lotProviderRows(council, lot, lotId));
                }
            }
            insert("""
                    insert into lot (id, council_id, framework_id, name, kind, zone_id, service_category,
                                     min_weekly_minutes, max_weekly_minutes, price_competition)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lotRows);
            insert("insert into lot_provider (lot_id, provider_id, tier) values (?, ?, ?)", lotProviderRows);
        }

        private List<Object[]> lotProviderRows(Council council, Lot lot, UUID lotId) {
            var rows = new ArrayList<Object[]>();
            if (lot.primary() != null) {
                rows.add(new Object[] {lotId, contractedProviderId(council, lot.primary()), "PRIMARY"});
            }
            if (lot.secondary() != null) {
                rows.add(new Object[] {lotId, contractedProviderId(council, lot.secondary()), "SECONDARY"});
            }
            if (council.framework().everyProviderOnEveryLot()) {
                for (var providerKey : council.providerKeys()) {
                    if (!providerKey.equals(lot.primary()) && !providerKey.equals(lot.secondary())) {
                        rows.add(new Object[] {lotId, providerId(providerKey), "FRAMEWORK"});
                    }
                }
            }
            return rows;
        }

        private void insertRates() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                for (var rate : council.rates()) {
                    rows.add(new Object[] {councilId(council), rate.serviceType(), rate.hourlyRatePence(),
                            rate.floorPence(), rate.ceilingPence(), rate.effectiveFrom()});
                }
            }
            insert("""
                    insert into rate (council_id, service_type, hourly_rate_pence, floor_pence, ceiling_pence, effective_from)
                    values (?, ?, ?, ?, ?, ?)""", rows);
        }

        private void insertPeople() throws SQLException {
            var rows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                var person = council.person();
                var id = newId(personIds, council.code());
                rows.add(new Object[] {id, councilId(council), person.givenName(), person.familyName(), person.dateOfBirth(),
                        person.nhsNumber(), person.addressLine(), person.postcode(), person.language()});
            }
            insert("""
                    insert into person (id, council_id, given_name, family_name, date_of_birth, nhs_number,
                                        address_line, postcode, language)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }

        private void insertUsersAndCarerConsents() throws SQLException {
            var userRows = new ArrayList<Object[]>();
            var consentRows = new ArrayList<Object[]>();
            for (var council : DemoCatalogue.COUNCILS) {
                var councilId = councilId(council);
                var councilOrganisationId = councilOrganisationIds.get(council.code());
                var personId = personIds.get(council.code());
                var staff = council.staff();
                var personLanguage = council.person().language();
                var adminId = UUID.randomUUID();
                var carerId = UUID.randomUUID();
                userRows.add(user(UUID.randomUUID(), council, "COMMISSIONER", staff.commissioner(), councilId, councilOrganisationId, null, "en"));
                userRows.add(user(adminId, council, "ADMIN", staff.admin(), councilId, councilOrganisationId, null, "en"));
                userRows.add(user(UUID.randomUUID(), council, "PROVIDER", staff.providerUser(), null,
                        contractedProviderId(council, staff.providerKey()), null, "en"));
                userRows.add(user(UUID.randomUUID(), council, "PROVIDER_ADMIN", staff.providerUser() + " (administrator)", null,
                        contractedProviderId(council, staff.providerKey()), null, "en"));
                userRows.add(user(UUID.randomUUID(), council, "SERVICE_USER", council.person().displayName(), councilId, null, personId, personLanguage));
                userRows.add(user(carerId, council, "CARER", staff.carer(), councilId, null, null, personLanguage));
                consentRows.add(new Object[] {carerId, personId, adminId});
            }
            userRows.add(new Object[] {UUID.randomUUID(), PLATFORM_ADMIN.username(), "Platform administrator", passwordHash,
                    PLATFORM_ADMIN.role(), null, null, null, "en", null});
            insert("""
                    insert into app_user (id, username, display_name, password_hash, role, council_id, organisation_id,
                                          person_id, language, email)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", userRows);
            // The demo's consents have stood for years, so they are in force whatever day the portal (or a test) runs on.
            insert("insert into carer_consent (carer_id, person_id, recorded_by, starts_on) values (?, ?, ?, date '2024-01-01')", consentRows);
        }

        private Object[] user(UUID id, Council council, String role, String displayName, UUID councilId,
                              UUID organisationId, UUID personId, String language) {
            // Staff who are told of offers and unallocated packages get their (fictional) username as e-mail address.
            var username = username(role, council.code());
            var email = "PROVIDER".equals(role) || "COMMISSIONER".equals(role) ? username : null;
            return new Object[] {id, username, displayName, passwordHash, role, councilId,
                    organisationId, personId, language, email};
        }

        private void insert(String sql, List<Object[]> rows) throws SQLException {
            try (var statement = connection.prepareStatement(sql)) {
                for (var row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            statement.setNull(i + 1, Types.NULL);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }

        private static UUID newId(Map<String, UUID> ids, String key) {
            var id = UUID.randomUUID();
            if (ids.putIfAbsent(key, id) != null) {
                throw new IllegalStateException("The demo catalogue names " + key + " twice");
            }
            return id;
        }

        private UUID councilId(Council council) {
            return councilIds.get(council.code());
        }

        private UUID zoneId(Council council, String zoneCode) {
            return required(zoneIds, zoneKey(council, zoneCode), "zone");
        }

        private UUID providerId(String providerKey) {
            return required(providerIds, providerKey, "provider");
        }

        private UUID contractedProviderId(Council council, String providerKey) {
            if (!council.providerKeys().contains(providerKey)) {
                throw new IllegalStateException("The demo provider " + providerKey + " has no contract with " + council.code());
            }
            return providerId(providerKey);
        }

        private static String zoneKey(Council council, String zoneCode) {
            return council.code() + "/" + zoneCode;
        }

        private static UUID required(Map<String, UUID> ids, String key, String what) {
            var id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("The demo catalogue has no " + what + " " + key);
            }
            return id;
        }
    }
}
