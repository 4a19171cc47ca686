package uk.homecare.portal.identity;

import jakarta.inject.Singleton;
import java.util.List;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.platform.problem.PortalProblem;

/** Describes the acting identity in the names people know. */
@Singleton
final class WhoAmI {

    private final UserAccounts accounts;
    private final Directory directory;
    private final TwoStepVerification twoStep;
    private final java.time.Clock clock;

    WhoAmI(UserAccounts accounts, Directory directory, TwoStepVerification twoStep, java.time.Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.twoStep = twoStep;
        this.clock = clock;
    }

    Me describe(Actor actor) {
        List<NamedRef> councils = actor.councilIds().isEmpty()
                ? List.of()
                : directory.councils(List.copyOf(actor.councilIds())).stream()
                        .map(named -> new NamedRef(named.id(), named.name(), named.nameCy())).toList();
        NamedRef council = actor.councilId() == null ? null
                : councils.stream().filter(c -> c.id().equals(actor.councilId())).findFirst().orElse(null);
        NamedRef organisation = actor.organisationId() == null ? null
                : directory.organisation(actor.organisationId()).map(WhoAmI::ref).orElse(null);
        if (actor.role() == Role.NHS_PARTNER) {
            return new Me(actor.id(), actor.username(), organisation == null ? actor.username() : organisation.name(),
                    actor.role(), null, organisation, councils, List.of(), "en", Capabilities.of(actor.role()));
        }
        UserAccount account = accounts.findById(actor.id())
                .orElseThrow(() -> PortalProblem.unauthorized("This account no longer exists."));
        List<NamedRef> actingFor = actor.role() == Role.CARER
                ? directory.peopleCaredFor(actor.id(), uk.homecare.portal.api.UkTime.today(clock)).stream().map(WhoAmI::ref).toList()
                : List.of();
        boolean mfaEnrolled = twoStep.account(actor.id()).map(MfaAccount::enrolled).orElse(false);
        return new Me(actor.id(), actor.username(), account.displayName(), actor.role(), council, organisation,
                councils, actingFor, account.language(), Capabilities.of(actor.role()),
                mfaEnrolled, twoStep.requiredOf(actor.role(), actor.councilIds()));
    }

    private static NamedRef ref(Directory.Named named) {
        return new NamedRef(named.id(), named.name());
    }

}
