package uk.homecare.portal.fakes;

import java.util.UUID;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.ui.client.IdentityClient;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.client.PeopleClient;
import uk.homecare.portal.ui.client.ReferenceClient;

/**
 * What a scenario runs against: the operations the UI calls (fakes, or the real API through the UI's
 * declarative clients), a way to sign in as one council's person of each role, and the few things a
 * scenario starts from, which the fakes are given and the real API finds in (or makes through) its demo data.
 */
interface Portal {

    IdentityClient identity();

    BrokerageClient brokerage();

    HoursBankClient hoursBank();

    PeopleClient people();

    CapacityClient capacity();

    ReferenceClient reference();

    ChcClient chc();

    MessagingClient messaging();

    /** The clock the operations take "now" from. */
    MovableClock clock();

    /** The username and password of the council's (or its provider's) person of {@code role}. */
    String username(Role role);

    String password();

    /** Signed in as the person of {@code role}, through the sign-in operation. */
    default Bearer signedInAs(Role role) {
        return new Bearer(identity().login(new uk.homecare.portal.api.identity.Credentials(username(role), password())).accessToken());
    }

    /** A package the commissioner may draft, on a lot whose primary provider is the provider's organisation. */
    PackageForm aPackageForm();

    /** An offer waiting for the provider's answer in the PRIMARY stage. */
    UUID aPendingPrimaryOffer();

    /** An offer in the OPEN stage of a package nobody has bid on, which the provider is the only one to answer. */
    UUID aLastOpenOfferToAnswer();

    /** A person of the council's register without an hours plan, named as the register names them. */
    NamedRef aPersonWithoutAPlan();

    /** A provider the council may commission hours from. */
    UUID aProviderOfHours();

    /** The person whose hours the person of {@code role} (SERVICE_USER or CARER) books, with a plan and hours in the bank. */
    NamedRef aPersonWithHours(Role role);
}
