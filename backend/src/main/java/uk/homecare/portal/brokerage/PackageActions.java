package uk.homecare.portal.brokerage;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.identity.Capabilities;

/**
 * What the acting person may do with a package now. The use cases refuse by the same predicates, so
 * an action listed here is one the API then allows (the form's own contents aside).
 */
final class PackageActions {

    /** What the rules read of a package: its state, who holds it, and whether anyone could take it. */
    record Facts(PackageStatus status, @Nullable UUID awardedProvider, @Nullable LocalDate handBackOn,
            boolean hasBids, boolean otherProvidersOnLot, boolean variationPending, @Nullable ChangeKind awaiting) {

        Facts(PackageStatus status, @Nullable UUID awardedProvider, @Nullable LocalDate handBackOn, boolean hasBids,
                boolean otherProvidersOnLot) {
            this(status, awardedProvider, handBackOn, hasBids, otherProvidersOnLot, false, null);
        }
    }

    private PackageActions() {}

    static List<PackageAction> of(Actor actor, Facts p) {
        List<PackageAction> actions = new ArrayList<>();
        if (Capabilities.has(actor, Capability.DRAFT_PACKAGE) && publishable(p.status())) {
            actions.add(PackageAction.PUBLISH);
        }
        if (Capabilities.has(actor, Capability.AWARD_PACKAGE) && awardable(p.status()) && p.hasBids()) {
            actions.add(PackageAction.AWARD);
        }
        if (Capabilities.has(actor, Capability.AWARD_PACKAGE) && reviewable(p.status()) && p.otherProvidersOnLot()) {
            actions.add(PackageAction.REVIEW);
        }
        if (Capabilities.has(actor, Capability.HAND_BACK_PACKAGE) && heldBy(actor, p) && p.handBackOn() == null) {
            actions.add(PackageAction.HAND_BACK);
        }
        if (Capabilities.has(actor, Capability.CANCEL_PACKAGE) && cancellable(p.status())) {
            actions.add(PackageAction.CANCEL);
        }
        if (Capabilities.has(actor, Capability.DRAFT_PACKAGE) && editable(p.status())) {
            actions.add(PackageAction.EDIT);
        }
        if (Capabilities.has(actor, Capability.VARY_PACKAGE) && variable(p.status()) && !p.variationPending()) {
            actions.add(PackageAction.PROPOSE_VARIATION);
        }
        if (Capabilities.has(actor, Capability.VARY_PACKAGE) && p.status() == PackageStatus.AWARDED && p.variationPending()) {
            actions.add(PackageAction.WITHDRAW_VARIATION);
        }
        if (Capabilities.has(actor, Capability.ANSWER_OFFERS) && heldBy(actor, p) && p.variationPending()) {
            actions.add(PackageAction.ACCEPT_VARIATION);
            actions.add(PackageAction.DECLINE_VARIATION);
        }
        pausesAndEndings(actor, p, actions);
        return actions;
    }

    /** Only a draft is edited: once published, providers have read it. */
    static boolean editable(PackageStatus status) {
        return status == PackageStatus.DRAFT;
    }

    /** Only an awarded package has terms agreed with a provider to vary. */
    static boolean variable(PackageStatus status) {
        return status == PackageStatus.AWARDED;
    }

    static boolean publishable(PackageStatus status) {
        return status == PackageStatus.DRAFT;
    }

    /** Bids are awarded in the OPEN stage or, once it has ended, at REVIEW. */
    static boolean awardable(PackageStatus status) {
        return status == PackageStatus.OPEN || status == PackageStatus.REVIEW;
    }

    /** Only an awarded package has a provider to move away from. */
    static boolean reviewable(PackageStatus status) {
        return status == PackageStatus.AWARDED;
    }

    /** A package can be cancelled at any stage, once; an ended package is over. */
    static boolean cancellable(PackageStatus status) {
        return status != PackageStatus.CANCELLED && status != PackageStatus.ENDED;
    }

    private static void pausesAndEndings(Actor actor, Facts p, List<PackageAction> actions) {
        boolean holder = p.awardedProvider() != null && Objects.equals(p.awardedProvider(), actor.organisationId());
        if (Capabilities.has(actor, Capability.REPORT_PACKAGE_CHANGE) && holder && p.awaiting() == null) {
            for (ChangeKind kind : ChangeKind.values()) {
                if (reportable(kind, p.status())) {
                    actions.add(switch (kind) {
                        case ADMISSION -> PackageAction.REPORT_ADMISSION;
                        case DISCHARGE -> PackageAction.REPORT_DISCHARGE;
                        case ENDING -> PackageAction.REPORT_ENDING;
                    });
                }
            }
        }
        if (Capabilities.has(actor, Capability.CONFIRM_PACKAGE_CHANGE)) {
            if (p.awaiting() != null) {
                actions.add(PackageAction.CONFIRM_CHANGE);
                actions.add(PackageAction.REJECT_CHANGE);
            } else {
                if (reportable(ChangeKind.DISCHARGE, p.status())) {
                    actions.add(PackageAction.RESUME);
                }
                if (reportable(ChangeKind.ENDING, p.status())) {
                    actions.add(PackageAction.END);
                }
            }
        }
    }

    /**
     * From which state each change may be reported (and, by the council, made): an admission of a package in care, a
     * discharge of a suspended one, an ending of either.
     */
    static boolean reportable(ChangeKind kind, PackageStatus status) {
        return switch (kind) {
            case ADMISSION -> status == PackageStatus.AWARDED;
            case DISCHARGE -> status == PackageStatus.SUSPENDED;
            case ENDING -> status == PackageStatus.AWARDED || status == PackageStatus.SUSPENDED;
        };
    }

    private static boolean heldBy(Actor actor, Facts p) {
        return p.status() == PackageStatus.AWARDED && p.awardedProvider() != null
                && Objects.equals(p.awardedProvider(), actor.organisationId());
    }
}
