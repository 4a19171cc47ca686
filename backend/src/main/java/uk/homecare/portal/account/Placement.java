package uk.homecare.portal.account;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.homecare.portal.api.account.InvitationForm;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Where an invited account will belong: its council, organisation and person, as the role needs and as far as
 * the inviter may reach. Another council's or organisation's record is refused before anything else is looked at.
 */
record Placement(@Nullable UUID councilId, @Nullable UUID organisationId, @Nullable UUID personId) {

    static Placement of(Actor actor, InvitationForm form, Sql sql, LocalDate today) {
        AccountScope scope = AccountScope.of(actor);
        if (actor.role() != Role.PLATFORM_ADMIN && form.councilId() != null && !form.councilId().equals(actor.councilId())) {
            throw PortalProblem.forbidden(Problems.message("invitation.role-not-yours"));
        }
        if (actor.role() == Role.PROVIDER_ADMIN && form.organisationId() != null && !form.organisationId().equals(actor.organisationId())) {
            throw PortalProblem.forbidden(Problems.message("invitation.organisation-not-yours"));
        }
        if (!scope.invitable().contains(form.role())) {
            throw PortalProblem.forbidden(Problems.message("invitation.role-not-yours"));
        }
        return switch (form.role()) {
            case PLATFORM_ADMIN -> new Placement(null, null, null);
            case ADMIN, COMMISSIONER -> {
                UUID council = actor.role() == Role.PLATFORM_ADMIN ? required(form.councilId(), "councilId", "invitation.council-needed")
                        : actor.homeCouncil();
                UUID organisation = sql.one("select id from organisation where kind = 'COUNCIL' and council_id = ? order by created_at limit 1",
                        row -> Sql.uuid(row, "id"), council)
                        .orElseThrow(() -> PortalProblem.invalid("councilId", Problems.message("invitation.council-unknown")));
                yield new Placement(council, organisation, null);
            }
            case PROVIDER, PROVIDER_ADMIN -> {
                if (actor.role() == Role.PROVIDER_ADMIN) {
                    yield new Placement(null, actor.homeOrganisation(), null);
                }
                UUID organisation = required(form.organisationId(), "organisationId", "invitation.organisation-needed");
                boolean registered = sql.one("""
                        select 1 from organisation_council oc join organisation o on o.id = oc.organisation_id
                         where oc.organisation_id = ? and oc.council_id = ? and o.kind = 'PROVIDER'
                           and (oc.until is null or oc.until > ?)""",
                        row -> true, organisation, actor.homeCouncil(), today).isPresent();
                if (!registered) {
                    throw PortalProblem.invalid("organisationId", Problems.message("invitation.organisation-not-registered"));
                }
                yield new Placement(null, organisation, null);
            }
            case SERVICE_USER -> {
                UUID person = required(form.personId(), "personId", "invitation.person-needed");
                UUID council = actor.homeCouncil();
                sql.one("select 1 from person where id = ? and council_id = ?", row -> true, person, council)
                        .orElseThrow(() -> PortalProblem.invalid("personId", Problems.message("invitation.person-unknown")));
                yield new Placement(council, null, person);
            }
            case CARER -> new Placement(actor.homeCouncil(), null, null);
            case NHS_PARTNER -> throw PortalProblem.forbidden(Problems.message("invitation.role-not-yours"));
        };
    }

    private static UUID required(@Nullable UUID id, String field, String message) {
        if (id == null) {
            throw PortalProblem.invalid(field, Problems.message(message));
        }
        return Objects.requireNonNull(id);
    }
}
