package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.AdmissionForm;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.ChangeKind;
import uk.homecare.portal.api.brokerage.ChangeState;
import uk.homecare.portal.api.brokerage.DischargeForm;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.EndingForm;
import uk.homecare.portal.api.brokerage.PackageChange;
import uk.homecare.portal.api.brokerage.RejectChangeForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.api.brokerage.CancelForm;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.BrokeragePolicy;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.Duty;
import uk.homecare.portal.api.brokerage.DutyForm;
import uk.homecare.portal.api.brokerage.Urgency;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HandBackForm;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.Notification;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.brokerage.OfferResponse;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.brokerage.ScheduledVisit;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.brokerage.PackageTerms;
import uk.homecare.portal.api.brokerage.Variation;
import uk.homecare.portal.api.brokerage.VariationChoice;
import uk.homecare.portal.api.brokerage.VariationDecline;
import uk.homecare.portal.api.brokerage.VariationForm;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.api.reference.LotTier;
import uk.homecare.portal.testing.MovableClock;
import uk.homecare.portal.api.identity.Bearer;

/**
 * The brokerage API in memory, recording calls (and the last id one named) and failing on request as
 * every {@link FakeApi} does; tests put packages, offers, bids and notifications in its lists. What it
 * stamps with a time or date it takes from the test's clock.
 */
@Singleton
@Replaces(BrokerageClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeBrokerageClient extends FakeApi implements BrokerageClient {

    public static final NamedRef ZONE = new NamedRef(UUID.randomUUID(), "Coventry North");
    public static final NamedRef LOT = new NamedRef(UUID.randomUUID(), "North older people");
    public static final PersonDetails PERSON = new PersonDetails(
            "Winifred", "Oakenshaw", LocalDate.of(1938, 5, 17), "9434765919", "12 Jubilee Crescent", "CV6 2FL");
    public static final VisitPattern PATTERN =
            new VisitPattern(2, 30, List.of(TimeOfDay.MORNING, TimeOfDay.TEATIME), false, false);

    /** How long before its window closes an offer lapses soon: the backend's reminder period. */
    private static final Duration LAPSING_SOON = Duration.ofHours(2);

    public final List<CarePackage> packages = new ArrayList<>();
    public final List<Offer> offers = new ArrayList<>();
    public final Map<UUID, List<Bid>> bids = new HashMap<>();
    public final Map<UUID, List<HistoryEntry>> history = new HashMap<>();
    public final List<CarePackage> carePackages = new ArrayList<>();
    /** Pauses and endings reported or recorded, by package, oldest first. */
    public final Map<UUID, List<PackageChange>> changes = new HashMap<>();
    public final List<Notification> notifications = new ArrayList<>();
    /** Each package's variations, newest first. */
    public final Map<UUID, List<Variation>> variations = new HashMap<>();
    private BrokeragePolicy policy;
    public UUID lastId;
    private final MovableClock clock;
    private final FakeIdentityClient identity;
    private final FakeReferenceClient reference;

    public FakeBrokerageClient(MovableClock clock, FakeIdentityClient identity, FakeReferenceClient reference) {
        this.clock = clock;
        this.identity = identity;
        this.reference = reference;
    }

    /** Whether anyone but the awarded provider holds the package's lot: by the fake reference data's lot when it has that lot, else yes. */
    private boolean otherProvidersOnLot(CarePackage p) {
        return reference.lots.stream().filter(l -> l.id().equals(p.lot().id())).findFirst()
                .map(l -> l.providers().stream().anyMatch(h -> p.awardedProvider() == null || !h.providerId().equals(p.awardedProvider().id())))
                .orElse(true);
    }

    /** The package with what the caller may do to it, by the backend's rules in brief. */
    private CarePackage allowed(Bearer caller, CarePackage p) {
        List<PackageAction> actions = new ArrayList<>();
        if (identity.may(caller, Capability.DRAFT_PACKAGE) && p.status() == PackageStatus.DRAFT) {
            actions.add(PackageAction.PUBLISH);
        }
        boolean awardable = p.status() == PackageStatus.OPEN || p.status() == PackageStatus.REVIEW;
        if (identity.may(caller, Capability.AWARD_PACKAGE) && awardable && !bids.getOrDefault(p.id(), List.of()).isEmpty()) {
            actions.add(PackageAction.AWARD);
        }
        if (identity.may(caller, Capability.AWARD_PACKAGE) && p.status() == PackageStatus.AWARDED && otherProvidersOnLot(p)) {
            actions.add(PackageAction.REVIEW);
        }
        if (identity.may(caller, Capability.HAND_BACK_PACKAGE) && p.status() == PackageStatus.AWARDED && p.handBackOn() == null) {
            actions.add(PackageAction.HAND_BACK);
        }
        if (identity.may(caller, Capability.CANCEL_PACKAGE) && p.status() != PackageStatus.CANCELLED && p.status() != PackageStatus.ENDED) {
            actions.add(PackageAction.CANCEL);
        }
        if (identity.may(caller, Capability.DRAFT_PACKAGE) && p.status() == PackageStatus.DRAFT) {
            actions.add(PackageAction.EDIT);
        }
        boolean awarded = p.status() == PackageStatus.AWARDED;
        if (identity.may(caller, Capability.VARY_PACKAGE) && awarded) {
            actions.add(pendingVariation(p.id()) ? PackageAction.WITHDRAW_VARIATION : PackageAction.PROPOSE_VARIATION);
        }
        if (identity.may(caller, Capability.ANSWER_OFFERS) && awarded && pendingVariation(p.id())) {
            actions.add(PackageAction.ACCEPT_VARIATION);
            actions.add(PackageAction.DECLINE_VARIATION);
        }
        boolean inCare = p.status() == PackageStatus.AWARDED;
        boolean suspended = p.status() == PackageStatus.SUSPENDED;
        boolean awaits = awaiting(p.id()).isPresent();
        if (identity.may(caller, Capability.REPORT_PACKAGE_CHANGE) && !awaits) {
            if (inCare) {
                actions.add(PackageAction.REPORT_ADMISSION);
            }
            if (suspended) {
                actions.add(PackageAction.REPORT_DISCHARGE);
            }
            if (inCare || suspended) {
                actions.add(PackageAction.REPORT_ENDING);
            }
        }
        if (identity.may(caller, Capability.CONFIRM_PACKAGE_CHANGE)) {
            if (awaits) {
                actions.add(PackageAction.CONFIRM_CHANGE);
                actions.add(PackageAction.REJECT_CHANGE);
            } else {
                if (suspended) {
                    actions.add(PackageAction.RESUME);
                }
                if (inCare || suspended) {
                    actions.add(PackageAction.END);
                }
            }
        }
        return p.withActions(actions);
    }

    /** Refuses with 403 unless the caller's role has the capability, as the API's {@code @Secured} does. */
    private void require(Bearer caller, Capability capability) {
        if (!identity.may(caller, capability)) {
            throw forbidden();
        }
    }

    /** Whether the offer is still open to an answer: pending, or in the OPEN stage bid on or accepted, and within its window. */
    private boolean answerable(Offer o) {
        boolean unanswered = o.response() == OfferResponse.PENDING
                || (o.stage() == OfferStage.OPEN && (o.response() == OfferResponse.BID || o.response() == OfferResponse.ACCEPTED));
        boolean inTime = o.windowEndsAt() == null || clock.instant().isBefore(o.windowEndsAt());
        // the package has moved on from the offer's stage (a package the fake does not hold stays where the offer is)
        boolean inStage = packages.stream().filter(p -> p.id().equals(o.packageId())).allMatch(p -> p.status().name().equals(o.stage().name()));
        return unanswered && inTime && inStage;
    }

    /** The offer with the answers the provider may give now, and when its window starts lapsing. */
    private Offer allowed(Bearer caller, Offer o) {
        if (!identity.may(caller, Capability.ANSWER_OFFERS) || !answerable(o)) {
            return o.withActions(List.of(), null);
        }
        List<OfferAction> actions = o.stage() == OfferStage.OPEN
                ? List.of(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.BID)
                : List.of(OfferAction.ACCEPT, OfferAction.DECLINE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), MovableClock.UK);
        LocalDate earliest = o.startDate().isBefore(today) ? today : o.startDate();
        return o.withActions(actions, o.windowEndsAt() == null ? null : o.windowEndsAt().minus(LAPSING_SOON))
                .withLatestStart(earliest.plusDays(policy.startToleranceDays()),
                        actions.contains(OfferAction.BID) ? earliest.plusDays(BrokeragePolicy.MAX_START_TOLERANCE_DAYS) : null);
    }

    public void reset() {
        packages.clear();
        offers.clear();
        bids.clear();
        history.clear();
        carePackages.clear();
        notifications.clear();
        policy = new BrokeragePolicy(240, 240, 1440, OpenStageRule.COMMISSIONER_AWARDS, 28, 14);
        duty = new Duty(false, null, List.of());
        lastId = null;
        forgetCalls();
    }

    /**
     * A published package of the council for {@link #PERSON}, waiting since {@code publishedAt}, whose
     * window ends four hours after it was published and whose care starts next Monday.
     */
    public CarePackage aPackage(String reference, PackageStatus status, Instant publishedAt) {
        return new CarePackage(UUID.randomUUID(), reference, status, FakeIdentityClient.COVENTRY, ZONE, LOT,
                Funding.COUNCIL, 600, PATTERN, clock.monday().plusWeeks(1), "Help with washing and meals", "CV6",
                PERSON, publishedAt == null ? null : publishedAt.plusSeconds(4 * 3600), publishedAt, null, null, null, null, 0, List.of());
    }

    /** A pending offer of {@code carePackage} in {@code stage}, whose window ends at {@code windowEndsAt}. */
    public Offer anOffer(CarePackage carePackage, OfferStage stage, Instant windowEndsAt, boolean priceCompetition) {
        return new Offer(UUID.randomUUID(), carePackage.id(), carePackage.reference(), carePackage.council(),
                carePackage.zone(), carePackage.lot(), carePackage.funding(), carePackage.weeklyMinutes(),
                carePackage.visitPattern(), carePackage.startDate(), carePackage.needsSummary(),
                carePackage.postcodeDistrict(), stage, OfferResponse.PENDING, clock.instant().minusSeconds(600),
                windowEndsAt, priceCompetition, null, null, null, List.of(), null, null, null);
    }

    /** As {@link #anOffer}, of a package with a day-by-day schedule and matching needs. */
    public Offer anOffer(CarePackage carePackage, OfferStage stage, Instant windowEndsAt, List<ScheduledVisit> schedule,
            List<MatchingNeed> needs) {
        Offer plain = anOffer(carePackage, stage, windowEndsAt, false);
        return new Offer(plain.id(), plain.packageId(), plain.reference(), plain.council(), plain.zone(), plain.lot(), plain.funding(),
                plain.weeklyMinutes(), plain.visitPattern(), plain.startDate(), plain.needsSummary(), plain.postcodeDistrict(),
                stage, plain.response(), plain.offeredAt(), windowEndsAt, false, null, null, null, List.of(), null, null, null,
                schedule, needs, List.of());
    }

    /** As the API does: a provider may say it meets only needs the package has; the answer replaces its last. */
    private void sayNeedsMet(Offer o, @Nullable Set<MatchingNeed> needsMet) {
        Set<MatchingNeed> met = needsMet == null ? Set.of() : needsMet;
        if (!o.matchingNeeds().containsAll(met)) {
            throw invalid("needsMet", "Say only which of this package's needs you can meet.");
        }
        var said = new Offer(o.id(), o.packageId(), o.reference(), o.council(), o.zone(), o.lot(), o.funding(),
                o.weeklyMinutes(), o.visitPattern(), o.startDate(), o.needsSummary(), o.postcodeDistrict(), o.stage(),
                o.response(), o.offeredAt(), o.windowEndsAt(), o.priceCompetition(), o.proposedStart(), o.bidRatePence(),
                o.spareCapacityMinutes(), o.actions(), o.lapsingSoonFrom(), o.latestStart(), o.latestBidStart(), o.schedule(),
                o.matchingNeeds(), met.stream().sorted().toList());
        offers.replaceAll(x -> x.id().equals(o.id()) ? said : x);
    }

    private void call(Bearer caller, UUID id, Object form) {
        if (id != null) {
            lastId = id;
        }
        call(caller, form);
    }

    private CarePackage find(List<CarePackage> list, UUID id) {
        return list.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(FakeApi::notFound);
    }

    private CarePackage change(List<CarePackage> list, UUID id, UnaryOperator<CarePackage> how) {
        CarePackage changed = how.apply(find(list, id));
        list.replaceAll(p -> p.id().equals(id) ? changed : p);
        return changed;
    }

    private CarePackage with(CarePackage p, PackageStatus status, NamedRef provider, LocalDate handBackOn) {
        return new CarePackage(p.id(), p.reference(), status, p.council(), p.zone(), p.lot(), p.funding(),
                p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(), p.postcodeDistrict(), p.person(),
                status == PackageStatus.AWARDED ? null : p.stageEndsAt(),
                p.publishedAt() == null ? clock.instant() : p.publishedAt(),
                provider, awardedAt(p, status, provider), provider == null ? null : p.startDate(), handBackOn, p.version() + 1, List.of(),
                p.schedule(), p.matchingNeeds()).withEscalation(p.urgency(), p.emergencyAt(), p.escalatesAt());
    }

    /** An answer as the API takes it: refused unless the offer is open to one and the start is not in the past. */
    /** When the package was awarded: now when it is awarded (or moved) to a provider, unchanged otherwise. */
    private Instant awardedAt(CarePackage p, PackageStatus status, NamedRef provider) {
        if (provider == null) {
            return null;
        }
        boolean newlyHeld = p.status() != PackageStatus.AWARDED || p.awardedProvider() == null || !p.awardedProvider().id().equals(provider.id());
        return status == PackageStatus.AWARDED && newlyHeld ? clock.instant() : p.awardedAt();
    }

    /** A bid (or an acceptance in the OPEN stage) as the commissioner sees it among the package's bids, replacing the provider's last. */
    private void recordBid(Bearer caller, Offer answered) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), MovableClock.UK);
        LocalDate latest = (answered.startDate().isBefore(today) ? today : answered.startDate()).plusDays(policy.startToleranceDays());
        long late = answered.proposedStart() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(latest, answered.proposedStart());
        var bid = new Bid(answered.id(), identity.me(caller).organisation(), answered.response(), answered.proposedStart(),
                answered.bidRatePence(), clock.instant(), answered.spareCapacityMinutes(), late > 0 ? (int) late : null);
        List<Bid> kept = new ArrayList<>(bids.getOrDefault(answered.packageId(), List.of()));
        kept.removeIf(b -> b.offerId().equals(answered.id()));
        kept.add(bid);
        bids.put(answered.packageId(), kept);
    }

    private Offer answer(UUID id, OfferResponse response, LocalDate start, Integer ratePence) {
        Offer o = offers.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(FakeApi::notFound);
        if (!answerable(o)) {
            throw conflict("This offer has already been answered, or has moved on.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), MovableClock.UK);
        if (start != null && start.isBefore(today)) {
            throw invalid("proposedStart", "The start cannot be in the past.");
        }
        // as the API does: from the requested start (or today, once it has passed) to the council's start tolerance after it;
        // a bid up to 90 days after it, a later start then needing the commissioner's acceptance
        LocalDate earliest = o.startDate().isBefore(today) ? today : o.startDate();
        LocalDate latest = earliest.plusDays(response == OfferResponse.BID ? BrokeragePolicy.MAX_START_TOLERANCE_DAYS : policy.startToleranceDays());
        if (start != null && (start.isBefore(earliest) || start.isAfter(latest))) {
            throw invalid("proposedStart", "The proposed start must be on or before " + latest + ".");
        }
        Offer answered = respond(o, response, start, ratePence);
        if (o.stage() == OfferStage.OPEN && response != OfferResponse.WON) {
            endTheOpenStageOnceEveryoneHasAnswered(o.packageId());
        }
        return offers.stream().filter(x -> x.id().equals(id)).findFirst().orElse(answered);
    }

    private Offer respond(Offer o, OfferResponse response, LocalDate start, Integer ratePence) {
        var answered = new Offer(o.id(), o.packageId(), o.reference(), o.council(), o.zone(), o.lot(), o.funding(),
                o.weeklyMinutes(), o.visitPattern(), o.startDate(), o.needsSummary(), o.postcodeDistrict(), o.stage(),
                response, o.offeredAt(), o.windowEndsAt(), o.priceCompetition(), start, ratePence, o.spareCapacityMinutes(),
                List.of(), null, null, null, o.schedule(), o.matchingNeeds(), o.needsMet());
        offers.replaceAll(x -> x.id().equals(o.id()) ? answered : x);
        return answered;
    }

    /**
     * As the API does when the one provider offered a PRIMARY or SECONDARY stage declines: the package passes at once to
     * the next stage anyone on its lot holds (by the fake reference data's lot when it has that lot; else every tier is held),
     * waiting for that stage's window, or is UNALLOCATED when nobody is left.
     */
    private void passOn(UUID packageId, OfferStage from) {
        if (packages.stream().noneMatch(p -> p.id().equals(packageId) && p.status().name().equals(from.name()))) {
            return;
        }
        CarePackage p = find(packages, packageId);
        List<LotTier> tiers = reference.lots.stream().filter(l -> l.id().equals(p.lot().id())).findFirst()
                .map(l -> l.providers().stream().map(LotProvider::tier).toList())
                .orElse(List.of(LotTier.values()));
        PackageStatus next = from == OfferStage.PRIMARY && tiers.contains(LotTier.SECONDARY)
                ? PackageStatus.SECONDARY
                : tiers.isEmpty() ? PackageStatus.UNALLOCATED : PackageStatus.OPEN;
        Integer window = switch (next) {
            case SECONDARY -> policy.secondaryWindowMinutes();
            case OPEN -> policy.openWindowMinutes();
            default -> null;
        };
        change(packages, packageId, q -> new CarePackage(q.id(), q.reference(), next, q.council(), q.zone(), q.lot(), q.funding(),
                q.weeklyMinutes(), q.visitPattern(), q.startDate(), q.needsSummary(), q.postcodeDistrict(), q.person(),
                window == null ? null : clock.instant().plus(Duration.ofMinutes(window)), q.publishedAt(), null, null, null, null,
                q.version() + 1, List.of()));
    }

    /** Once a package is awarded: the other bids and acceptances lose, and offers still pending close. */
    private void closeTheOthers(UUID packageId, UUID winner) {
        offers.stream()
                .filter(o -> o.packageId().equals(packageId) && !o.id().equals(winner))
                .filter(o -> o.response() == OfferResponse.PENDING || o.response() == OfferResponse.BID || o.response() == OfferResponse.ACCEPTED)
                .toList()
                .forEach(o -> respond(o, o.response() == OfferResponse.PENDING ? OfferResponse.CLOSED : OfferResponse.LOST,
                        o.proposedStart(), o.bidRatePence()));
    }

    /** As the API does: the OPEN stage ends once none of its offers is pending, at REVIEW with bids and UNALLOCATED without. */
    private void endTheOpenStageOnceEveryoneHasAnswered(UUID packageId) {
        boolean someoneToAnswer = offers.stream().anyMatch(o -> o.packageId().equals(packageId) && o.response() == OfferResponse.PENDING);
        if (someoneToAnswer || packages.stream().noneMatch(p -> p.id().equals(packageId) && p.status() == PackageStatus.OPEN)) {
            return;
        }
        boolean hasBids = offers.stream().anyMatch(o -> o.packageId().equals(packageId) && o.response() == OfferResponse.BID
                || o.packageId().equals(packageId) && o.response() == OfferResponse.ACCEPTED) || !bids.getOrDefault(packageId, List.of()).isEmpty();
        change(packages, packageId, p -> new CarePackage(p.id(), p.reference(), hasBids ? PackageStatus.REVIEW : PackageStatus.UNALLOCATED,
                p.council(), p.zone(), p.lot(), p.funding(), p.weeklyMinutes(), p.visitPattern(), p.startDate(), p.needsSummary(),
                p.postcodeDistrict(), p.person(), null, p.publishedAt(), null, null, null, null, p.version() + 1, List.of()));
    }

    @Override
    public CarePackage draftPackage(Bearer caller, @Nullable String idempotencyKey, PackageForm form) {
        call(caller, null, form);
        require(caller, Capability.DRAFT_PACKAGE);
        var drafted = new CarePackage(UUID.randomUUID(), "PKG-" + (packages.size() + 1), PackageStatus.DRAFT,
                FakeIdentityClient.COVENTRY, new NamedRef(form.zoneId(), "zone"), new NamedRef(form.lotId(), "lot"),
                form.funding(), form.weeklyMinutes(), form.visitPattern(), form.startDate(), form.needsSummary(), "CV6",
                form.person(), null, null, null, null, null, null, 0, List.of(),
                form.schedule() == null ? List.of() : form.schedule(),
                form.matchingNeeds() == null ? List.of() : form.matchingNeeds().stream().sorted().toList())
                .withEscalation(Urgency.orRoutine(form.urgency()), null, null);
        packages.add(drafted);
        return allowed(caller, drafted);
    }

    @Override
    public CarePackage publishPackage(Bearer caller, UUID id) {
        call(caller, id, null);
        require(caller, Capability.DRAFT_PACKAGE);
        if (find(packages, id).status() != PackageStatus.DRAFT) {
            throw conflict("Only a draft is published.");
        }
        return allowed(caller, change(packages, id, p -> with(p, PackageStatus.PRIMARY, null, null)));
    }

    @Override
    public List<CarePackage> listPackages(Bearer caller, PackageStatus status) {
        call(caller, null, null);
        return packages.stream().filter(p -> status == null || p.status() == status).map(p -> allowed(caller, p)).toList();
    }

    @Override
    public CarePackage showPackage(Bearer caller, UUID id) {
        call(caller, id, null);
        return allowed(caller, find(packages, id));
    }

    @Override
    public List<Bid> listBids(Bearer caller, UUID id) {
        call(caller, id, null);
        return bids.getOrDefault(id, List.of());
    }

    @Override
    public CarePackage awardPackage(Bearer caller, UUID id, AwardForm form) {
        call(caller, id, form);
        require(caller, Capability.AWARD_PACKAGE);
        PackageStatus status = find(packages, id).status();
        if (status != PackageStatus.OPEN && status != PackageStatus.REVIEW) {
            throw conflict(status == PackageStatus.AWARDED ? "The package has been awarded." : "The package is not open to award.");
        }
        NamedRef provider = bids.getOrDefault(id, List.of()).stream()
                .filter(b -> b.offerId().equals(form.offerId()))
                .map(Bid::provider)
                .findFirst()
                .orElseThrow(() -> invalid("offerId", "That is not a bid on this package."));
        boolean needsReason = bids.getOrDefault(id, List.of()).stream()
                .anyMatch(b -> b.offerId().equals(form.offerId()) && b.score() != null && b.score().awardNeedsReason());
        if (needsReason && (form.reason() == null || form.reason().isBlank())) {
            throw refusal(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY, uk.homecare.portal.api.problem.ProblemType.INVALID_INPUT,
                    "This bid ranks 2 and a bid of this round scores higher: say why you award it.", "reason");
        }
        // the bid awarded wins, the other bids lose, and offers still pending close
        bids.computeIfPresent(id, (packageId, all) -> all.stream()
                .map(b -> new Bid(b.offerId(), b.provider(), b.offerId().equals(form.offerId()) ? OfferResponse.WON : OfferResponse.LOST,
                        b.proposedStart(), b.ratePence(), b.submittedAt(), b.spareCapacityMinutes(), b.lateStartDays()))
                .toList());
        offers.stream().filter(o -> o.id().equals(form.offerId())).toList()
                .forEach(o -> respond(o, OfferResponse.WON, o.proposedStart(), o.bidRatePence()));
        closeTheOthers(id, form.offerId());
        return allowed(caller, change(packages, id, p -> with(p, PackageStatus.AWARDED, provider, null)));
    }

    @Override
    public CarePackage movePackageAtReview(Bearer caller, UUID id, ReviewForm form) {
        call(caller, id, form);
        require(caller, Capability.AWARD_PACKAGE);
        return allowed(caller, change(packages, id, p -> with(p, PackageStatus.AWARDED, new NamedRef(form.providerId(), "moved"), null)));
    }

    /** Records the cancellation's reason so a test can see what was sent; refuses a second cancellation as the API does. */
    @Override
    public CarePackage cancelPackage(Bearer caller, UUID id, CancelForm form) {
        call(caller, id, form);
        require(caller, Capability.CANCEL_PACKAGE);
        if (find(packages, id).status() == PackageStatus.CANCELLED) {
            throw conflict("This package is already cancelled.");
        }
        return allowed(caller, change(packages, id, p -> with(p, PackageStatus.CANCELLED, null, null)));
    }

    /** Edits a draft as the API does: only a draft, only against the version loaded (If-Match). */
    @Override
    public CarePackage editDraftPackage(Bearer caller, UUID id, @Nullable String ifMatch, PackageForm form) {
        call(caller, id, form);
        require(caller, Capability.DRAFT_PACKAGE);
        CarePackage p = find(packages, id);
        if (p.status() != PackageStatus.DRAFT) {
            throw conflict("Only a draft can be edited.");
        }
        if (ifMatch == null) {
            throw invalid("If-Match", "Send the version you loaded.");
        }
        lastIfMatch = ifMatch;
        if (!ifMatch.replace("\"", "").equals(String.valueOf(p.version()))) {
            throw conflict("Someone else changed this record after you loaded it.");
        }
        return allowed(caller, change(packages, id, d -> new CarePackage(d.id(), d.reference(), d.status(), d.council(),
                new NamedRef(form.zoneId(), "zone"), new NamedRef(form.lotId(), "lot"), form.funding(), form.weeklyMinutes(),
                form.visitPattern(), form.startDate(), form.needsSummary(), d.postcodeDistrict(), form.person(), null, null, null, null,
                null, null, d.version() + 1, List.of()).withEscalation(Urgency.orRoutine(form.urgency()), null, null)));
    }

    /** The caller's duty for emergencies, as the tests set it; going on or off duty changes it. */
    public Duty duty = new Duty(false, null, List.of());

    @Override
    public Duty showDuty(Bearer caller) {
        call(caller, null, null);
        require(caller, Capability.GO_ON_DUTY);
        return duty;
    }

    @Override
    public Duty changeDuty(Bearer caller, DutyForm form) {
        call(caller, null, form);
        require(caller, Capability.GO_ON_DUTY);
        List<String> others = duty.onDutyNow().stream().filter(name -> !name.equals("You")).toList();
        List<String> now = new ArrayList<>(others);
        if (form.onDuty()) {
            now.add("You");
        }
        duty = new Duty(form.onDuty(), form.onDuty() ? clock.instant() : null, now);
        return duty;
    }

    /** The If-Match the last edit sent. */
    public String lastIfMatch;

    private boolean pendingVariation(UUID packageId) {
        return variations.getOrDefault(packageId, List.of()).stream().anyMatch(v -> v.status() == VariationStatus.PROPOSED);
    }

    private Variation variation(UUID packageId, UUID variationId) {
        Variation v = variations.getOrDefault(packageId, List.of()).stream().filter(x -> x.id().equals(variationId)).findFirst()
                .orElseThrow(FakeApi::notFound);
        if (v.status() != VariationStatus.PROPOSED) {
            throw conflict("This variation is no longer waiting for an answer.");
        }
        return v;
    }

    private Variation end(UUID packageId, Variation v, VariationStatus status, String by, @Nullable String reason) {
        Variation ended = new Variation(v.id(), v.packageId(), status, v.oldTerms(), v.newTerms(), v.effectiveFrom(), v.reason(),
                v.proposedAt(), v.proposedBy(), v.respondBy(), clock.instant(), by, reason,
                status == VariationStatus.ACCEPTED && !v.effectiveFrom().isAfter(clock.today()));
        variations.get(packageId).replaceAll(x -> x.id().equals(v.id()) ? ended : x);
        return ended;
    }

    @Override
    public List<Variation> listVariations(Bearer caller, UUID id) {
        call(caller, id, null);
        find(packages, id);
        return List.copyOf(variations.getOrDefault(id, List.of()));
    }

    @Override
    public Variation proposeVariation(Bearer caller, UUID id, VariationForm form) {
        call(caller, id, form);
        require(caller, Capability.VARY_PACKAGE);
        CarePackage p = find(packages, id);
        if (p.status() != PackageStatus.AWARDED || pendingVariation(id)) {
            throw conflict("Only an awarded package with no pending variation can be varied.");
        }
        if (form.effectiveFrom().isBefore(clock.today())) {
            throw invalid("effectiveFrom", "The change cannot start before today.");
        }
        var proposed = new Variation(UUID.randomUUID(), id, VariationStatus.PROPOSED, new PackageTerms(p.weeklyMinutes(), p.visitPattern()),
                new PackageTerms(form.weeklyMinutes(), form.visitPattern()), form.effectiveFrom(), form.reason(), clock.instant(),
                "Cora Commissioner", clock.instant().plus(Duration.ofDays(5)), null, null, null, false);
        variations.computeIfAbsent(id, k -> new ArrayList<>()).addFirst(proposed);
        return proposed;
    }

    @Override
    public Variation withdrawVariation(Bearer caller, UUID id, VariationChoice choice) {
        call(caller, id, choice);
        require(caller, Capability.VARY_PACKAGE);
        return end(id, variation(id, choice.variationId()), VariationStatus.WITHDRAWN, "Cora Commissioner", null);
    }

    @Override
    public List<Variation> listCarePackageVariations(Bearer caller, UUID id) {
        call(caller, id, null);
        find(carePackages, id);
        return List.copyOf(variations.getOrDefault(id, List.of()));
    }

    @Override
    public Variation acceptVariation(Bearer caller, UUID id, VariationChoice choice) {
        call(caller, id, choice);
        require(caller, Capability.ANSWER_OFFERS);
        find(carePackages, id);
        Variation accepted = end(id, variation(id, choice.variationId()), VariationStatus.ACCEPTED, "Pete Provider", null);
        if (accepted.applied()) {
            change(carePackages, id, p -> new CarePackage(p.id(), p.reference(), p.status(), p.council(), p.zone(), p.lot(), p.funding(),
                    accepted.newTerms().weeklyMinutes(), accepted.newTerms().visitPattern(), p.startDate(), p.needsSummary(),
                    p.postcodeDistrict(), p.person(), p.stageEndsAt(), p.publishedAt(), p.awardedProvider(), p.awardedAt(), p.agreedStart(),
                    p.handBackOn(), p.version() + 1, List.of()));
        }
        return accepted;
    }

    @Override
    public Variation declineVariation(Bearer caller, UUID id, VariationDecline decline) {
        call(caller, id, decline);
        require(caller, Capability.ANSWER_OFFERS);
        find(carePackages, id);
        return end(id, variation(id, decline.variationId()), VariationStatus.DECLINED, "Pete Provider", decline.reason());
    }

    @Override
    public List<HistoryEntry> packageHistory(Bearer caller, UUID id) {
        call(caller, id, null);
        return history.getOrDefault(id, List.of());
    }

    @Override
    public BrokeragePolicy showBrokeragePolicy(Bearer caller) {
        call(caller, null, null);
        return policy;
    }

    @Override
    public BrokeragePolicy changeBrokeragePolicy(Bearer caller, BrokeragePolicy changed) {
        call(caller, null, changed);
        require(caller, Capability.EDIT_BROKERAGE_POLICY);
        policy = changed;
        return policy;
    }

    @Override
    public List<Offer> listOffers(Bearer caller, UUID council, UUID zone, OfferStage stage) {
        call(caller, null, null);
        return offers.stream()
                .filter(o -> council == null || o.council().id().equals(council))
                .filter(o -> zone == null || o.zone().id().equals(zone))
                .filter(o -> stage == null || o.stage() == stage)
                .map(o -> allowed(caller, o))
                .toList();
    }

    @Override
    public Offer showOffer(Bearer caller, UUID id) {
        call(caller, id, null);
        return offers.stream().filter(o -> o.id().equals(id)).findFirst().map(o -> allowed(caller, o))
                .orElseThrow(FakeApi::notFound);
    }

    @Override
    public Offer acceptOffer(Bearer caller, UUID id, AcceptOffer form) {
        call(caller, id, form);
        require(caller, Capability.ANSWER_OFFERS);
        Offer offer = offers.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
        sayNeedsMet(offer, form.needsMet());
        // as the API does: outside the OPEN stage (or in it, first to accept) an acceptance wins the package at once
        boolean wins = offer.stage() != OfferStage.OPEN || policy.openStageRule() == OpenStageRule.FIRST_TO_ACCEPT;
        Offer answered = answer(id, wins ? OfferResponse.WON : OfferResponse.ACCEPTED, form.proposedStart(), null);
        if (!wins) {
            recordBid(caller, answered);
        } else if (packages.stream().anyMatch(p -> p.id().equals(offer.packageId()))) {
            closeTheOthers(offer.packageId(), id);
            // the package is the provider's now: awarded, and among its care packages
            CarePackage won = change(packages, offer.packageId(), p -> with(p, PackageStatus.AWARDED, identity.me(caller).organisation(), null));
            carePackages.removeIf(p -> p.id().equals(won.id()));
            carePackages.add(won);
        }
        return allowed(caller, answered);
    }

    @Override
    public Offer declineOffer(Bearer caller, UUID id, DeclineOffer form) {
        call(caller, id, form);
        require(caller, Capability.ANSWER_OFFERS);
        Offer declined = answer(id, OfferResponse.DECLINED, null, null);
        if (declined.stage() != OfferStage.OPEN) {
            passOn(declined.packageId(), declined.stage());
        }
        return allowed(caller, declined);
    }

    @Override
    public Offer bidOnOffer(Bearer caller, UUID id, BidForm form) {
        call(caller, id, form);
        require(caller, Capability.ANSWER_OFFERS);
        if (offers.stream().anyMatch(o -> o.id().equals(id) && o.stage() != OfferStage.OPEN)) {
            throw conflict("Bids are made only in the OPEN stage.");
        }
        offers.stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> sayNeedsMet(o, form.needsMet()));
        Offer answered = answer(id, OfferResponse.BID, form.proposedStart(), form.ratePence());
        recordBid(caller, answered);
        return allowed(caller, answered);
    }

    @Override
    public List<CarePackage> listCarePackages(Bearer caller) {
        call(caller, null, null);
        return carePackages.stream().map(p -> allowed(caller, p)).toList();
    }

    @Override
    public CarePackage handPackageBack(Bearer caller, UUID id, HandBackForm form) {
        call(caller, id, form);
        require(caller, Capability.HAND_BACK_PACKAGE);
        CarePackage held = carePackages.stream().filter(p -> p.id().equals(id) && p.status() == PackageStatus.AWARDED).findFirst()
                .orElseThrow(FakeApi::notFound);
        if (held.handBackOn() != null) {
            throw conflict("The package is already being handed back.");
        }
        LocalDate earliest = LocalDate.ofInstant(clock.instant(), MovableClock.UK).plusDays(policy.handBackNoticeDays());
        if (form.effectiveOn().isBefore(earliest)) {
            throw invalid("effectiveOn", "The council asks for " + policy.handBackNoticeDays() + " days' notice.");
        }
        return allowed(caller, change(carePackages, id, p -> with(p, p.status(), p.awardedProvider(), form.effectiveOn())));
    }

    @Override
    public List<Notification> myNotifications(Bearer caller) {
        call(caller, null, null);
        return List.copyOf(notifications);
    }

    @Override
    public Notification markNotificationRead(Bearer caller, UUID id) {
        call(caller, id, null);
        Notification n = notifications.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        var read = new Notification(n.id(), n.at(), n.kind(), n.text(), n.packageId(), true);
        notifications.replaceAll(x -> x.id().equals(id) ? read : x);
        return read;
    }

    // Pauses and endings

    private java.util.Optional<PackageChange> awaiting(UUID packageId) {
        return changes.getOrDefault(packageId, List.of()).stream().filter(c -> c.state() == ChangeState.AWAITING).findFirst();
    }

    private PackageChange report(Bearer caller, UUID id, Object form, ChangeKind kind, LocalDate on, EndReason reason, String field,
            PackageStatus... from) {
        call(caller, id, form);
        require(caller, Capability.REPORT_PACKAGE_CHANGE);
        CarePackage held = carePackages.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
        if (!List.of(from).contains(held.status()) || awaiting(id).isPresent()) {
            throw conflict("This cannot be reported of the package now.");
        }
        if (on.isAfter(LocalDate.ofInstant(clock.instant(), MovableClock.UK))) {
            throw invalid(field, "The date cannot be in the future.");
        }
        PackageChange change = new PackageChange(UUID.randomUUID(), id, kind, on, reason, ChangeState.AWAITING, "PROVIDER",
                clock.instant(), null, null);
        changes.computeIfAbsent(id, k -> new ArrayList<>()).add(change);
        return change;
    }

    @Override
    public PackageChange reportAdmission(Bearer caller, UUID id, AdmissionForm form) {
        return report(caller, id, form, ChangeKind.ADMISSION, form.admittedOn(), null, "admittedOn", PackageStatus.AWARDED);
    }

    @Override
    public PackageChange reportDischarge(Bearer caller, UUID id, DischargeForm form) {
        return report(caller, id, form, ChangeKind.DISCHARGE, form.dischargedOn(), null, "dischargedOn", PackageStatus.SUSPENDED);
    }

    @Override
    public PackageChange reportEnding(Bearer caller, UUID id, EndingForm form) {
        return report(caller, id, form, ChangeKind.ENDING, form.endedOn(), form.reason(), "endedOn", PackageStatus.AWARDED,
                PackageStatus.SUSPENDED);
    }

    @Override
    public List<PackageChange> listHeldPackageChanges(Bearer caller, UUID id) {
        call(caller, id, null);
        return changes.getOrDefault(id, List.of());
    }

    @Override
    public List<PackageChange> listPackageChanges(Bearer caller, UUID id) {
        call(caller, id, null);
        return changes.getOrDefault(id, List.of());
    }

    private PackageStatus after(ChangeKind kind) {
        return switch (kind) {
            case ADMISSION -> PackageStatus.SUSPENDED;
            case DISCHARGE -> PackageStatus.AWARDED;
            case ENDING -> PackageStatus.ENDED;
        };
    }

    private CarePackage decide(Bearer caller, UUID id, ChangeState state, String reason) {
        PackageChange change = awaiting(id).orElseThrow(() -> conflict("Nothing is awaiting the council's confirmation."));
        List<PackageChange> list = changes.get(id);
        list.set(list.indexOf(change), new PackageChange(change.id(), id, change.kind(), change.effectiveOn(), change.endReason(), state,
                change.raisedByRole(), change.raisedAt(), clock.instant(), reason));
        return state == ChangeState.CONFIRMED ? moveTo(caller, id, after(change.kind())) : allowed(caller, find(packages, id));
    }

    private CarePackage moveTo(Bearer caller, UUID id, PackageStatus status) {
        if (carePackages.stream().anyMatch(p -> p.id().equals(id))) {
            change(carePackages, id, p -> with(p, status, p.awardedProvider(), p.handBackOn()));
        }
        return allowed(caller, change(packages, id, p -> with(p, status, p.awardedProvider(), p.handBackOn())));
    }

    @Override
    public CarePackage confirmPackageChange(Bearer caller, UUID id) {
        call(caller, id, null);
        require(caller, Capability.CONFIRM_PACKAGE_CHANGE);
        return decide(caller, id, ChangeState.CONFIRMED, null);
    }

    @Override
    public CarePackage rejectPackageChange(Bearer caller, UUID id, RejectChangeForm form) {
        call(caller, id, form);
        require(caller, Capability.CONFIRM_PACKAGE_CHANGE);
        return decide(caller, id, ChangeState.REJECTED, form.reason());
    }

    private CarePackage record(Bearer caller, UUID id, Object form, ChangeKind kind, LocalDate on, EndReason reason, PackageStatus... from) {
        call(caller, id, form);
        require(caller, Capability.CONFIRM_PACKAGE_CHANGE);
        if (!List.of(from).contains(find(packages, id).status()) || awaiting(id).isPresent()) {
            throw conflict("This cannot be done to the package now.");
        }
        changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new PackageChange(UUID.randomUUID(), id, kind, on, reason,
                ChangeState.CONFIRMED, "COMMISSIONER", clock.instant(), clock.instant(), null));
        return moveTo(caller, id, after(kind));
    }

    @Override
    public CarePackage resumePackage(Bearer caller, UUID id, DischargeForm form) {
        return record(caller, id, form, ChangeKind.DISCHARGE, form.dischargedOn(), null, PackageStatus.SUSPENDED);
    }

    @Override
    public CarePackage endPackage(Bearer caller, UUID id, EndingForm form) {
        return record(caller, id, form, ChangeKind.ENDING, form.endedOn(), form.reason(), PackageStatus.AWARDED, PackageStatus.SUSPENDED);
    }
}
