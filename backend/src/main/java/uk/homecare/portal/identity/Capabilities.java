package uk.homecare.portal.identity;

import static uk.homecare.portal.api.identity.Capability.ANSWER_OFFERS;
import static uk.homecare.portal.api.identity.Capability.AWARD_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.BOOK_HOURS;
import static uk.homecare.portal.api.identity.Capability.CHECK_LEDGER;
import static uk.homecare.portal.api.identity.Capability.CONNECT_PARTNER_SYSTEM;
import static uk.homecare.portal.api.identity.Capability.CORRECT_PEOPLE;
import static uk.homecare.portal.api.identity.Capability.CREATE_HOURS_PLAN;
import static uk.homecare.portal.api.identity.Capability.DRAFT_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.EDIT_BROKERAGE_POLICY;
import static uk.homecare.portal.api.identity.Capability.EDIT_CHC_SETTINGS;
import static uk.homecare.portal.api.identity.Capability.EDIT_MARKET_BANDS;
import static uk.homecare.portal.api.identity.Capability.EDIT_REFERENCE_DATA;
import static uk.homecare.portal.api.identity.Capability.HAND_BACK_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.MANAGE_ACCOUNTS;
import static uk.homecare.portal.api.identity.Capability.MANAGE_COUNCILS;
import static uk.homecare.portal.api.identity.Capability.PLACE_CHC_PACKAGES;
import static uk.homecare.portal.api.identity.Capability.RECORD_DELIVERY;
import static uk.homecare.portal.api.identity.Capability.REPORT_CAPACITY;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Role;

/**
 * What each role may do across the portal: the one statement of it. {@code /api/me} lists it, the
 * action rules ask it, and every controller's {@code @Secured} agrees with it (a test holds each
 * capability's operations to exactly the roles that have it).
 */
public final class Capabilities {

    private static final Map<Role, Set<Capability>> BY_ROLE = Map.of(
            Role.COMMISSIONER, EnumSet.of(DRAFT_PACKAGE, AWARD_PACKAGE, EDIT_REFERENCE_DATA, EDIT_CHC_SETTINGS,
                    EDIT_BROKERAGE_POLICY, EDIT_MARKET_BANDS, CREATE_HOURS_PLAN, CORRECT_PEOPLE),
            Role.ADMIN, EnumSet.of(EDIT_BROKERAGE_POLICY, CHECK_LEDGER, CORRECT_PEOPLE, MANAGE_ACCOUNTS),
            Role.PROVIDER, EnumSet.of(ANSWER_OFFERS, HAND_BACK_PACKAGE, REPORT_CAPACITY, RECORD_DELIVERY),
            Role.SERVICE_USER, EnumSet.of(BOOK_HOURS),
            Role.CARER, EnumSet.of(BOOK_HOURS),
            Role.NHS_PARTNER, EnumSet.of(PLACE_CHC_PACKAGES, CONNECT_PARTNER_SYSTEM),
            Role.PLATFORM_ADMIN, EnumSet.of(MANAGE_COUNCILS, MANAGE_ACCOUNTS),
            Role.PROVIDER_ADMIN, EnumSet.of(MANAGE_ACCOUNTS));

    private Capabilities() {}

    /** The role's capabilities, in the enum's order. */
    public static List<Capability> of(Role role) {
        return List.copyOf(BY_ROLE.getOrDefault(role, EnumSet.noneOf(Capability.class)));
    }

    public static boolean has(Actor actor, Capability capability) {
        return BY_ROLE.getOrDefault(actor.role(), Set.of()).contains(capability);
    }

    /** Every role that has the capability. */
    public static Set<Role> rolesWith(Capability capability) {
        return Arrays.stream(Role.values())
                .filter(role -> BY_ROLE.getOrDefault(role, Set.of()).contains(capability))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
