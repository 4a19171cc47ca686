package uk.homecare.portal.organisation;

import static io.micronaut.http.HttpRequest.DELETE;
import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;
import uk.homecare.portal.api.reference.LotProviderForm;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.PortalTest;

@MicronautTest(transactional = false)
class ProviderRegistrationTest extends PortalTest {

    static final String COVENTRY_ADMIN = "admin@coventry.demo";
    static final String BRADFORD_ADMIN = "admin@bradford.demo";
    static final String BRIDGEND_ADMIN = "admin@bridgend.demo";
    static final String COVENTRY_COMMISSIONER = "commissioner@coventry.demo";

    private static int next = 100;

    /** A CQC provider id no other test uses. */
    private static synchronized String cqcId() {
        return "1-5550000" + (next++);
    }

    static ProviderRegistrationForm form(String name, Regulator regulator, String providerId) {
        return new ProviderRegistrationForm(name, regulator, providerId, null, null, "2 Far Gosford Street", "cv1 5dz", "office@example.org");
    }

    ProviderOrganisation register(String admin, ProviderRegistrationForm form) {
        return api().retrieve(api().as(admin, POST("/api/provider-organisations", form)), ProviderOrganisation.class);
    }

    CouncilProviders list(String admin) {
        return api().retrieve(api().as(admin, GET("/api/provider-organisations")), CouncilProviders.class);
    }

    @Test
    void a_council_administrator_registers_a_new_provider_which_the_council_then_lists_with_what_may_be_done() {
        String regulatorId = cqcId();
        ProviderOrganisation registered = register(COVENTRY_ADMIN, form("Gosford Green Care Ltd", Regulator.CQC, regulatorId));

        assertThat(registered.name()).isEqualTo("Gosford Green Care Ltd");
        assertThat(registered.postcode()).isEqualTo("CV1 5DZ");
        assertThat(registered.registeredSince()).isEqualTo(clock.today());
        CouncilProviders coventry = list(COVENTRY_ADMIN);
        assertThat(coventry.regulator()).isEqualTo(Regulator.CQC);
        assertThat(coventry.actions()).containsExactly(ProviderAction.REGISTER);
        assertThat(coventry.providers()).filteredOn(p -> p.id().equals(registered.id()))
                .singleElement().satisfies(p -> assertThat(p.actions()).containsExactly(ProviderAction.UNLINK));
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_REGISTERED' and entity_id = ? and council_id = ?",
                registered.id(), id("select id from council where code = 'coventry'"))).isEqualTo(1);
    }

    @Test
    void a_provider_another_council_registered_is_linked_as_it_is_not_duplicated_nor_renamed() {
        String regulatorId = cqcId();
        ProviderOrganisation coventrys = register(COVENTRY_ADMIN, form("Stoke Heath Care Ltd", Regulator.CQC, regulatorId));

        ProviderOrganisation bradfords = register(BRADFORD_ADMIN, form("Another Name Ltd", Regulator.CQC, regulatorId));

        assertThat(bradfords.id()).isEqualTo(coventrys.id());
        assertThat(bradfords.name()).isEqualTo("Stoke Heath Care Ltd");
        assertThat(number("select count(*) from organisation where regulator_provider_id = ?", regulatorId)).isEqualTo(1);
        assertThat(list(BRADFORD_ADMIN).providers()).extracting(ProviderOrganisation::id).contains(coventrys.id());
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_LINKED' and entity_id = ?", coventrys.id())).isEqualTo(1);
        // Registering it again changes nothing.
        register(BRADFORD_ADMIN, form("Another Name Ltd", Regulator.CQC, regulatorId));
        assertThat(number("select count(*) from audit_event where entity_id = ?", coventrys.id())).isEqualTo(2);
    }

    @Test
    void two_councils_registering_the_same_new_provider_at_once_make_one_organisation_linked_to_both() {
        String regulatorId = cqcId();
        String coventryToken = api().tokenFor(COVENTRY_ADMIN);
        String bradfordToken = api().tokenFor(BRADFORD_ADMIN);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<ProviderOrganisation>> registrations = List.of(coventryToken, bradfordToken).stream()
                .map(token -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return api().retrieve(POST("/api/provider-organisations", form("Racing Care Ltd", Regulator.CQC, regulatorId))
                            .bearerAuth(token), ProviderOrganisation.class);
                }))
                .toList();

        List<UUID> ids = registrations.stream().map(CompletableFuture::join).map(ProviderOrganisation::id).toList();

        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(number("select count(*) from organisation where regulator_provider_id = ?", regulatorId)).isEqualTo(1);
        assertThat(number("select count(*) from organisation_council where organisation_id = ?", ids.get(0))).isEqualTo(2);
    }

    @Test
    void a_bad_regulator_id_is_refused_naming_the_field_and_nothing_is_written() {
        int organisations = number("select count(*) from organisation");
        int links = number("select count(*) from organisation_council");

        assertThat(refusedField(COVENTRY_ADMIN, form("Bad Ltd", Regulator.CQC, "12345"))).isEqualTo("regulatorProviderId");
        assertThat(refusedField(COVENTRY_ADMIN, form("Bad Ltd", Regulator.CQC, "SIN-00012345-ABCD"))).isEqualTo("regulatorProviderId");
        assertThat(refusedField(COVENTRY_ADMIN, form("Bad Ltd", Regulator.CIW, "SIN-00012345-ABCD"))).isEqualTo("regulator");
        assertThat(refusedField(BRIDGEND_ADMIN, form("Bad Ltd", Regulator.CIW, "1-101234567"))).isEqualTo("regulatorProviderId");
        assertThat(refusedField(COVENTRY_ADMIN, new ProviderRegistrationForm("Bad Ltd", Regulator.CQC, cqcId(), "1-12", null,
                "1 Street", "CV1 1AA", "office@example.org"))).isEqualTo("regulatorLocationId");
        assertThat(refusedField(COVENTRY_ADMIN, new ProviderRegistrationForm("Bad Ltd", Regulator.CQC, cqcId(), null, "b2m",
                "1 Street", "CV1 1AA", "office@example.org"))).isEqualTo("odsCode");
        assertThat(refusedField(COVENTRY_ADMIN, new ProviderRegistrationForm("Bad Ltd", Regulator.CQC, cqcId(), null, null,
                "1 Street", "CV1 1AA", "not an e-mail"))).isEqualTo("contactEmail");

        assertThat(number("select count(*) from organisation")).isEqualTo(organisations);
        assertThat(number("select count(*) from organisation_council")).isEqualTo(links);
    }

    @Test
    void a_welsh_council_registers_its_providers_with_ciw() {
        assertThat(list(BRIDGEND_ADMIN).regulator()).isEqualTo(Regulator.CIW);

        ProviderOrganisation registered = register(BRIDGEND_ADMIN, form("Pyle Homecare Ltd", Regulator.CIW, "SIN-00055501-ABCD"));

        assertThat(registered.regulator()).isEqualTo(Regulator.CIW);
    }

    @Test
    void another_council_cannot_end_a_registration_it_does_not_hold_and_a_council_admin_cannot_edit_a_providers_details() {
        ProviderOrganisation coventrys = register(COVENTRY_ADMIN, form("Whitley Care Ltd", Regulator.CQC, cqcId()));

        assertThat(status(api().as(BRADFORD_ADMIN, DELETE("/api/provider-organisations/" + coventrys.id() + "/registration")))).isEqualTo(404);
        assertThat(status(api().as(COVENTRY_ADMIN, PUT("/api/my-organisation",
                new OrganisationDetailsForm("Elsewhere", "CV2 2AA", "x@example.org"))))).isEqualTo(403);

        assertThat(list(COVENTRY_ADMIN).providers()).extracting(ProviderOrganisation::id).contains(coventrys.id());
        assertThat(number("select count(*) from organisation where id = ? and address_line = '2 Far Gosford Street'", coventrys.id())).isEqualTo(1);
    }

    @Test
    void a_providers_own_administrator_keeps_its_address_and_contact_which_every_council_then_sees() {
        String admin = "provider-admin@coventry.demo";
        ProviderOrganisation own = api().retrieve(api().as(admin, GET("/api/my-organisation")), ProviderOrganisation.class);
        assertThat(own.actions()).containsExactly(ProviderAction.EDIT);

        ProviderOrganisation changed = api().retrieve(api().as(admin, PUT("/api/my-organisation",
                new OrganisationDetailsForm("5 Spon Street, Coventry", "cv1 3bh", "office@sponend.example"))), ProviderOrganisation.class);

        assertThat(changed.addressLine()).isEqualTo("5 Spon Street, Coventry");
        assertThat(changed.postcode()).isEqualTo("CV1 3BH");
        assertThat(list(COVENTRY_ADMIN).providers()).filteredOn(p -> p.id().equals(own.id()))
                .singleElement().satisfies(p -> assertThat(p.contactEmail()).isEqualTo("office@sponend.example"));
        assertThat(number("select count(*) from audit_event where action = 'ORGANISATION_DETAILS_CHANGED' and entity_id = ? and council_id is null",
                own.id())).isEqualTo(1);
        assertThat(status(api().as(admin, PUT("/api/my-organisation", new OrganisationDetailsForm("x", "not a postcode", "a@b.org"))))).isEqualTo(400);
        assertThat(status(api().as("provider@coventry.demo", PUT("/api/my-organisation", new OrganisationDetailsForm("x", "CV1 1AA", "a@b.org"))))).isEqualTo(403);
    }

    @Test
    void a_provider_not_registered_with_the_council_cannot_be_put_on_a_lot_until_its_administrator_registers_it() {
        UUID coventry = id("select id from council where code = 'coventry'");
        UUID bradfordOnly = id("""
                select o.id from organisation o where o.kind = 'PROVIDER' and o.regulator = 'CQC'
                   and not exists (select 1 from organisation_council oc where oc.organisation_id = o.id and oc.council_id = ?)
                 order by o.name limit 1""", coventry);
        UUID lot = id("select id from lot where council_id = ? order by name limit 1", coventry);
        int holders = number("select count(*) from lot_provider where lot_id = ?", lot);

        HttpClientResponseException refused = api().refusal(api().as(COVENTRY_COMMISSIONER,
                PUT("/api/lots/" + lot + "/providers", new LotProviderForm(bradfordOnly, LotTier.FRAMEWORK))));

        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        assertThat(Api.problemOf(refused).errors()).extracting(FieldError::field).containsExactly("providerId");
        assertThat(Api.problemOf(refused).detail()).contains("not registered with your council");
        assertThat(number("select count(*) from lot_provider where lot_id = ?", lot)).isEqualTo(holders);

        String regulatorId = text("select regulator_provider_id from organisation where id = ?", bradfordOnly);
        register(COVENTRY_ADMIN, form("ignored", Regulator.CQC, regulatorId));
        api().retrieve(api().as(COVENTRY_COMMISSIONER, PUT("/api/lots/" + lot + "/providers", new LotProviderForm(bradfordOnly, LotTier.FRAMEWORK))),
                String.class);
        assertThat(number("select count(*) from lot_provider where lot_id = ?", lot)).isEqualTo(holders + 1);

        // Holding a lot, its registration cannot end, and the council is not offered to end it.
        assertThat(list(COVENTRY_ADMIN).providers()).filteredOn(p -> p.id().equals(bradfordOnly))
                .singleElement().satisfies(p -> assertThat(p.actions()).doesNotContain(ProviderAction.UNLINK));
        assertThat(status(api().as(COVENTRY_ADMIN, DELETE("/api/provider-organisations/" + bradfordOnly + "/registration")))).isEqualTo(409);
    }

    @Test
    void once_its_registration_ends_a_provider_is_no_longer_the_councils_nor_can_be_put_on_a_lot() {
        ProviderOrganisation registered = register(COVENTRY_ADMIN, form("Radford Short Care Ltd", Regulator.CQC, cqcId()));
        UUID lot = id("select id from lot where council_id = (select id from council where code = 'coventry') order by name limit 1");

        api().exchange(api().as(COVENTRY_ADMIN, DELETE("/api/provider-organisations/" + registered.id() + "/registration")), String.class);

        assertThat(list(COVENTRY_ADMIN).providers()).extracting(ProviderOrganisation::id).doesNotContain(registered.id());
        assertThat(status(api().as(COVENTRY_COMMISSIONER, PUT("/api/lots/" + lot + "/providers",
                new LotProviderForm(registered.id(), LotTier.FRAMEWORK))))).isEqualTo(400);
        assertThat(number("select count(*) from audit_event where action = 'PROVIDER_UNLINKED' and entity_id = ?", registered.id())).isEqualTo(1);
        // Registering it again links it again.
        register(COVENTRY_ADMIN, form("Radford Short Care Ltd", Regulator.CQC, registered.regulatorProviderId()));
        assertThat(list(COVENTRY_ADMIN).providers()).extracting(ProviderOrganisation::id).contains(registered.id());
    }

    private String refusedField(String admin, ProviderRegistrationForm form) {
        HttpClientResponseException refused = api().refusal(api().as(admin, POST("/api/provider-organisations", form)));
        assertThat(refused.getStatus().getCode()).isEqualTo(400);
        Problem problem = Api.problemOf(refused);
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst().field();
    }

    private String text(String query, Object parameter) {
        try (var connection = connectDirectly(); var statement = connection.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int status(io.micronaut.http.MutableHttpRequest<?> request) {
        return api().refusal(request).getStatus().getCode();
    }
}
