package uk.homecare.portal.identity;

import static uk.homecare.portal.api.identity.Capability.ANSWER_OFFERS;
import static uk.homecare.portal.api.identity.Capability.EDIT_PROVIDER_GATES;
import static uk.homecare.portal.api.identity.Capability.IMPORT_RATINGS;
import static uk.homecare.portal.api.identity.Capability.SUSPEND_PROVIDERS;
import static uk.homecare.portal.api.identity.Capability.AWARD_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.CANCEL_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.VARY_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.CONFIRM_PACKAGE_CHANGE;
import static uk.homecare.portal.api.identity.Capability.REPORT_PACKAGE_CHANGE;
import static uk.homecare.portal.api.identity.Capability.READ_VISIT_EXCEPTIONS;
import static uk.homecare.portal.api.identity.Capability.READ_KPIS;
import static uk.homecare.portal.api.identity.Capability.READ_EQUALITY_REPORT;
import static uk.homecare.portal.api.identity.Capability.RECORD_EQUALITY;
import static uk.homecare.portal.api.identity.Capability.RECORD_VISITS;
import static uk.homecare.portal.api.identity.Capability.MANAGE_PAYMENTS;
import static uk.homecare.portal.api.identity.Capability.GO_ON_DUTY;
import static uk.homecare.portal.api.identity.Capability.KEEP_COMPLIANCE_DOCUMENTS;
import static uk.homecare.portal.api.identity.Capability.CHECK_COMPLIANCE;
import static uk.homecare.portal.api.identity.Capability.REPORT_OUTCOMES;
import static uk.homecare.portal.api.identity.Capability.BOOK_HOURS;
import static uk.homecare.portal.api.identity.Capability.CHECK_LEDGER;
import static uk.homecare.portal.api.identity.Capability.CONNECT_PARTNER_SYSTEM;
import static uk.homecare.portal.api.identity.Capability.CORRECT_PEOPLE;
import static uk.homecare.portal.api.identity.Capability.CREATE_HOURS_PLAN;
import static uk.homecare.portal.api.identity.Capability.DRAFT_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.EDIT_BROKERAGE_POLICY;
import static uk.homecare.portal.api.identity.Capability.EDIT_CHC_SETTINGS;
import static uk.homecare.portal.api.identity.Capability.EDIT_COUNCIL_SETTINGS;
import static uk.homecare.portal.api.identity.Capability.EDIT_MARKET_BANDS;
import static uk.homecare.portal.api.identity.Capability.EDIT_OWN_ORGANISATION;
import static uk.homecare.portal.api.identity.Capability.EDIT_REFERENCE_DATA;
import static uk.homecare.portal.api.identity.Capability.CHOOSE_LANGUAGE;
import static uk.homecare.portal.api.identity.Capability.ENROL_MFA;
import static uk.homecare.portal.api.identity.Capability.HAND_BACK_PACKAGE;
import static uk.homecare.portal.api.identity.Capability.MANAGE_NHS_PARTNERS;
import static uk.homecare.portal.api.identity.Capability.MANAGE_ACCOUNTS;
import static uk.homecare.portal.api.identity.Capability.MANAGE_COUNCILS;
import static uk.homecare.portal.api.identity.Capability.PLACE_CHC_PACKAGES;
import static uk.homecare.portal.api.identity.Capability.READ_AUDIT;
import static uk.homecare.portal.api.identity.Capability.RECORD_CONSENT;
import static uk.homecare.portal.api.identity.Capability.RECORD_DELIVERY;
import static uk.homecare.portal.api.identity.Capability.REGISTER_PROVIDERS;
import static uk.homecare.portal.api.identity.Capability.REPORT_CAPACITY;
import static uk.homecare.portal.api.identity.Capability.RESET_ACCOUNT_MFA;
import static uk.homecare.portal.api.identity.Capability.SEND_PACKAGE_MESSAGES;

import java.util.Arrays;
import java.util.EnumMap;
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

    /**
     * Who may not be made to use two-step verification: people receiving care and their carers. Partner systems
     * sign in with client credentials, not as people, so have no account to set it up on.
     */
    private static final Set<Role> NO_TWO_STEP_VERIFICATION = EnumSet.of(Role.SERVICE_USER, Role.CARER, Role.NHS_PARTNER);

    private static final Map<Role, Set<Capability>> BY_ROLE = withTwoStepVerification(Map.of(
            Role.COMMISSIONER, EnumSet.of(DRAFT_PACKAGE, AWARD_PACKAGE, EDIT_REFERENCE_DATA, EDIT_CHC_SETTINGS,
                    EDIT_BROKERAGE_POLICY, EDIT_MARKET_BANDS, CREATE_HOURS_PLAN, CORRECT_PEOPLE, RECORD_CONSENT,
                    CANCEL_PACKAGE, VARY_PACKAGE, CONFIRM_PACKAGE_CHANGE, SEND_PACKAGE_MESSAGES,
                    READ_VISIT_EXCEPTIONS, MANAGE_PAYMENTS, READ_KPIS, GO_ON_DUTY, SUSPEND_PROVIDERS, CHECK_COMPLIANCE,
                    RECORD_EQUALITY, READ_EQUALITY_REPORT, REPORT_OUTCOMES),
            Role.ADMIN, EnumSet.of(CHECK_LEDGER, CORRECT_PEOPLE, REGISTER_PROVIDERS, RESET_ACCOUNT_MFA,
                    EDIT_COUNCIL_SETTINGS, READ_AUDIT, RECORD_CONSENT, MANAGE_ACCOUNTS, READ_KPIS, EDIT_PROVIDER_GATES),
            Role.PROVIDER, EnumSet.of(ANSWER_OFFERS, HAND_BACK_PACKAGE, REPORT_CAPACITY, RECORD_DELIVERY, REPORT_PACKAGE_CHANGE,
                    SEND_PACKAGE_MESSAGES, RECORD_VISITS, KEEP_COMPLIANCE_DOCUMENTS),
            Role.SERVICE_USER, EnumSet.of(BOOK_HOURS, RECORD_CONSENT),
            Role.CARER, EnumSet.of(BOOK_HOURS),
            Role.NHS_PARTNER, EnumSet.of(PLACE_CHC_PACKAGES, CONNECT_PARTNER_SYSTEM),
            Role.PROVIDER_ADMIN, EnumSet.of(EDIT_OWN_ORGANISATION, MANAGE_ACCOUNTS, KEEP_COMPLIANCE_DOCUMENTS),
            Role.PLATFORM_ADMIN, EnumSet.of(MANAGE_NHS_PARTNERS, MANAGE_COUNCILS, MANAGE_ACCOUNTS, IMPORT_RATINGS)));

    private Capabilities() {}

    /** Every role that signs in as a person may set up two-step verification, except those above, and choose its language. */
    private static Map<Role, Set<Capability>> withTwoStepVerification(Map<Role, Set<Capability>> byRole) {
        Map<Role, Set<Capability>> all = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
            capabilities.addAll(byRole.getOrDefault(role, Set.of()));
            if (!NO_TWO_STEP_VERIFICATION.contains(role)) {
                capabilities.add(ENROL_MFA);
            }
            if (role != Role.NHS_PARTNER) {
                capabilities.add(CHOOSE_LANGUAGE);
            }
            all.put(role, capabilities);
        }
        return all;
    }

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
