package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.organisation.ClientRegistrationForm;
import uk.homecare.portal.api.organisation.CouncilProviders;
import uk.homecare.portal.api.organisation.IssuedSecret;
import uk.homecare.portal.api.organisation.NhsPartner;
import uk.homecare.portal.api.organisation.NhsPartnerForm;
import uk.homecare.portal.api.organisation.NhsPartners;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.PartnerAction;
import uk.homecare.portal.api.organisation.PartnerClient;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.api.organisation.ProviderRegistrationForm;
import uk.homecare.portal.api.organisation.PublicKeyForm;
import uk.homecare.portal.api.organisation.Regulator;
import uk.homecare.portal.api.organisation.SecretRotationForm;
import uk.homecare.portal.api.organisation.ServedCouncilsForm;
import uk.homecare.portal.ui.client.OrganisationClient;

/**
 * Organisations in memory: Coventry's two registered providers (one holding lots, so its registration cannot
 * end), the provider of the fake provider administrator, and one NHS partner with one client. Every secret
 * issued is recorded, so a test can see it is shown once and never listed.
 */
@Singleton
@Replaces(OrganisationClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeOrganisationClient extends FakeApi implements OrganisationClient {

    public final List<ProviderOrganisation> providers = new ArrayList<>();
    public final List<NhsPartner> partners = new ArrayList<>();
    public final List<String> secretsIssued = new ArrayList<>();
    public Regulator regulator;
    public ProviderOrganisation own;
    private final FakeIdentityClient identity;

    public FakeOrganisationClient(FakeIdentityClient identity) {
        this.identity = identity;
    }

    public void reset() {
        forgetCalls();
        regulator = Regulator.CQC;
        providers.clear();
        providers.add(provider("Spon End Home Support Ltd", "1-7403928141", List.of()));
        providers.add(provider("Canley Ford Care Services Ltd", "1-4805002643", List.of(ProviderAction.UNLINK)));
        own = provider("Caring Hands Ltd", "1-1234567890", List.of(ProviderAction.EDIT));
        partners.clear();
        secretsIssued.clear();
        var client = new PartnerClient(UUID.randomUUID(), "coventry-icb-demo", true, false, null,
                List.of(PartnerAction.ROTATE_SECRET, PartnerAction.UPLOAD_PUBLIC_KEY, PartnerAction.DISABLE));
        partners.add(new NhsPartner(UUID.randomUUID(), "NHS Coventry and Warwickshire ICB", "B2M3M", List.of(FakeIdentityClient.COVENTRY),
                List.of(client), List.of(PartnerAction.REGISTER_CLIENT, PartnerAction.CHOOSE_COUNCILS)));
    }

    static ProviderOrganisation provider(String name, String regulatorId, List<ProviderAction> actions) {
        return new ProviderOrganisation(UUID.randomUUID(), name, Regulator.CQC, regulatorId, null, null, "1 Test Row", "CV1 1AA",
                "office@example.org", null, actions);
    }

    private void need(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw new HttpClientResponseException("Forbidden", HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN));
        }
    }

    @Override
    public CouncilProviders listRegisteredProviders(Bearer caller) {
        call(caller, null);
        return new CouncilProviders(regulator, providers, identity.may(caller, Capability.REGISTER_PROVIDERS) ? List.of(ProviderAction.REGISTER) : List.of());
    }

    @Override
    public ProviderOrganisation registerProvider(Bearer caller, ProviderRegistrationForm form) {
        call(caller, form);
        need(caller, Capability.REGISTER_PROVIDERS);
        var registered = new ProviderOrganisation(UUID.randomUUID(), form.name(), form.regulator(), form.regulatorProviderId(),
                form.regulatorLocationId(), form.odsCode(), form.addressLine(), form.postcode(), form.contactEmail(), null,
                List.of(ProviderAction.UNLINK));
        providers.add(registered);
        return registered;
    }

    @Override
    public void unlinkProvider(Bearer caller, UUID id) {
        call(caller, null);
        need(caller, Capability.REGISTER_PROVIDERS);
        providers.removeIf(p -> p.id().equals(id));
    }

    @Override
    public ProviderOrganisation showOwnOrganisation(Bearer caller) {
        call(caller, null);
        return own;
    }

    @Override
    public ProviderOrganisation changeOwnOrganisation(Bearer caller, OrganisationDetailsForm form) {
        call(caller, form);
        need(caller, Capability.EDIT_OWN_ORGANISATION);
        own = new ProviderOrganisation(own.id(), own.name(), own.regulator(), own.regulatorProviderId(), own.regulatorLocationId(),
                own.odsCode(), form.addressLine(), form.postcode(), form.contactEmail(), null, own.actions());
        return own;
    }

    @Override
    public NhsPartners listNhsPartners(Bearer caller) {
        call(caller, null);
        return new NhsPartners(partners, List.of(FakeIdentityClient.COVENTRY, FakeIdentityClient.WARWICKSHIRE),
                identity.may(caller, Capability.MANAGE_NHS_PARTNERS) ? List.of(PartnerAction.REGISTER) : List.of());
    }

    @Override
    public NhsPartner registerNhsPartner(Bearer caller, NhsPartnerForm form) {
        call(caller, form);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        var partner = new NhsPartner(UUID.randomUUID(), form.name(), form.odsCode(), councils(form.councilIds()), List.of(),
                List.of(PartnerAction.REGISTER_CLIENT, PartnerAction.CHOOSE_COUNCILS));
        partners.add(partner);
        return partner;
    }

    @Override
    public NhsPartner chooseServedCouncils(Bearer caller, UUID id, ServedCouncilsForm form) {
        call(caller, form);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        NhsPartner partner = partner(id);
        var changed = new NhsPartner(id, partner.name(), partner.odsCode(), councils(form.councilIds()), partner.clients(), partner.actions());
        partners.replaceAll(p -> p.id().equals(id) ? changed : p);
        return changed;
    }

    @Override
    public IssuedSecret registerApiClient(Bearer caller, UUID id, ClientRegistrationForm form) {
        call(caller, form);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        NhsPartner partner = partner(id);
        var client = new PartnerClient(UUID.randomUUID(), form.clientId() == null ? partner.odsCode().toLowerCase() + "-1a2b3c4d" : form.clientId(),
                true, false, null, List.of(PartnerAction.ROTATE_SECRET, PartnerAction.UPLOAD_PUBLIC_KEY, PartnerAction.DISABLE));
        List<PartnerClient> clients = new ArrayList<>(partner.clients());
        clients.add(client);
        partners.replaceAll(p -> p.id().equals(id) ? new NhsPartner(id, p.name(), p.odsCode(), p.councils(), clients, p.actions()) : p);
        return issue(client);
    }

    @Override
    public IssuedSecret rotateClientSecret(Bearer caller, UUID id, SecretRotationForm form) {
        call(caller, form);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        PartnerClient client = client(id);
        var rotated = new PartnerClient(id, client.clientId(), client.enabled(), client.hasPublicKey(),
                Instant.parse("2030-01-01T00:00:00Z").plusSeconds(3600L * form.overlapHours()), client.actions());
        replace(rotated);
        return issue(rotated);
    }

    @Override
    public PartnerClient uploadClientPublicKey(Bearer caller, UUID id, PublicKeyForm form) {
        call(caller, form);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        PartnerClient client = client(id);
        var keyed = new PartnerClient(id, client.clientId(), client.enabled(), true, client.previousSecretWorksUntil(), client.actions());
        replace(keyed);
        return keyed;
    }

    @Override
    public PartnerClient disableApiClient(Bearer caller, UUID id) {
        call(caller, null);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        PartnerClient client = client(id);
        var disabled = new PartnerClient(id, client.clientId(), false, client.hasPublicKey(), client.previousSecretWorksUntil(),
                List.of(PartnerAction.ENABLE));
        replace(disabled);
        return disabled;
    }

    @Override
    public PartnerClient enableApiClient(Bearer caller, UUID id) {
        call(caller, null);
        need(caller, Capability.MANAGE_NHS_PARTNERS);
        PartnerClient client = client(id);
        var enabled = new PartnerClient(id, client.clientId(), true, client.hasPublicKey(), client.previousSecretWorksUntil(),
                List.of(PartnerAction.ROTATE_SECRET, PartnerAction.UPLOAD_PUBLIC_KEY, PartnerAction.DISABLE));
        replace(enabled);
        return enabled;
    }

    public PartnerClient client(UUID id) {
        return partners.stream().flatMap(p -> p.clients().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private NhsPartner partner(UUID id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new HttpClientResponseException("Not Found", HttpResponse.notFound()));
    }

    private void replace(PartnerClient client) {
        partners.replaceAll(p -> new NhsPartner(p.id(), p.name(), p.odsCode(), p.councils(),
                p.clients().stream().map(c -> c.id().equals(client.id()) ? client : c).toList(), p.actions()));
    }

    private IssuedSecret issue(PartnerClient client) {
        String secret = "secret-" + UUID.randomUUID();
        secretsIssued.add(secret);
        return new IssuedSecret(client, secret);
    }

    private static List<NamedRef> councils(List<UUID> ids) {
        return List.of(FakeIdentityClient.COVENTRY, FakeIdentityClient.WARWICKSHIRE).stream().filter(c -> ids.contains(c.id())).toList();
    }

}
