package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.brokerage.AwardForm;
import uk.homecare.portal.api.brokerage.Bid;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.scoring.BidScore;
import uk.homecare.portal.api.scoring.ScorePart;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The bids on a package, ranked as the API ranks them, each with its rank, total score and the parts of it (score and
 * weight), and the capacity its provider reported for the package's zone; each can be awarded while the API lists AWARD on
 * the package, once the commissioner confirms what the award will do. Where the API says a bid's award needs a reason
 * (a bid scores higher), the reason field is shown and required for it.
 */
final class BidsPanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<CarePackage> awarded;
    private final Grid<Bid> grid = new Grid<>();
    private final TextArea reason = new TextArea();
    private CarePackage carePackage;
    private List<Bid> shownBids = List.of();

    BidsPanel(BrokerageClient client, ApiCaller api, Problems problems, Consumer<CarePackage> awarded) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.awarded = awarded;
        setId("package-bids");
        setPadding(false);
        grid.setId("bids-grid");
        FoldingColumns.of(grid).addColumn(this::rank).setHeader(getTranslation("bid.rank")).setKey("rank");
        FoldingColumns.of(grid).addColumn(bid -> Labels.name(bid.provider())).setHeader(getTranslation("bid.provider")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(this::total).setHeader(getTranslation("bid.score")).setKey("score");
        FoldingColumns.of(grid).addColumn(this::parts).setHeader(getTranslation("bid.score.parts")).setKey("parts").setFlexGrow(2);
        FoldingColumns.of(grid).addColumn(bid -> getTranslation("offer.response." + bid.response())).setHeader(getTranslation("bid.response"));
        FoldingColumns.of(grid).addColumn(this::proposedStart).setHeader(getTranslation("bid.proposedStart"))
                .setKey("proposedStart");
        FoldingColumns.of(grid).addColumn(bid -> Formats.pounds(bid.ratePence(), getLocale())).setHeader(getTranslation("bid.rate"));
        FoldingColumns.of(grid).addColumn(bid -> Moments.dateTime(this, bid.submittedAt())).setHeader(getTranslation("bid.submittedAt"));
        FoldingColumns.of(grid).addColumn(bid -> Labels.needs(this, bid.needsMet())).setHeader(getTranslation("bid.needsMet"));
        FoldingColumns.of(grid).addColumn(this::spareCapacity).setHeader(getTranslation("bid.capacity")).setKey("capacity");
        FoldingColumns.of(grid).addComponentColumn(this::awardButton).setHeader(getTranslation("bid.actions")).setKey("award");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("bids.title"));
        reason.setId("award-reason");
        reason.setLabel(getTranslation("bid.award.reason"));
        reason.setHelperText(getTranslation("bid.award.reason.help"));
        reason.setMaxLength(AwardForm.MAX_REASON);
        reason.setWidthFull();
        reason.setVisible(false);
        add(new H3(getTranslation("bids.title")), grid, reason);
    }

    void show(CarePackage shown) {
        carePackage = shown;
        grid.getColumnByKey("award").setVisible(awardable());
        UUID id = shown.id();
        api.fetch(auth -> client.listBids(auth, id)).ifPresent(list -> {
            shownBids = list;
            grid.setItems(list);
            reason.setVisible(awardable() && list.stream().anyMatch(BidsPanel::needsReason));
        });
    }

    private static boolean needsReason(Bid bid) {
        return bid.score() != null && bid.score().awardNeedsReason();
    }

    private String rank(Bid bid) {
        return bid.score() == null ? "" : getTranslation("bid.rank.of", bid.score().rank(), shownBids.size());
    }

    private String total(Bid bid) {
        return bid.score() == null ? "" : getTranslation("bid.score.total", points(bid.score().total()));
    }

    /** Each part's score and weight, saying where a part had no figure to score by. */
    private String parts(Bid bid) {
        BidScore score = bid.score();
        if (score == null) {
            return "";
        }
        return String.join("; ", score.parts().stream().map(this::part).toList());
    }

    private String part(ScorePart part) {
        String text = getTranslation("bid.score.part", getTranslation("scoring.part." + part.part()), part.score(), part.weightPercent());
        return part.figureMissing() ? text + " " + getTranslation("bid.score.part.missing") : text;
    }

    private String points(double value) {
        var format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    /** The proposed start, saying in words when it is later than the council usually allows. */
    private String proposedStart(Bid bid) {
        String start = Moments.date(this, bid.proposedStart());
        return bid.lateStartDays() == null ? start : getTranslation("bid.lateStart", start, bid.lateStartDays());
    }

    private String spareCapacity(Bid bid) {
        return bid.spareCapacityMinutes() == null
                ? getTranslation("bid.capacity.none")
                : getTranslation("bid.capacity.hours", Formats.hours(bid.spareCapacityMinutes()));
    }

    private Button awardButton(Bid bid) {
        var award = new Button(getTranslation("bid.award"));
        award.addClickListener(click -> confirmAward(bid, award));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        award.setAriaLabel(getTranslation("bid.award.named", Labels.name(bid.provider())));
        award.setVisible(awardable());
        return ActionMark.mark(award, PackageAction.AWARD, carePackage == null ? null : carePackage.id());
    }

    private boolean awardable() {
        return carePackage != null && carePackage.actions().contains(PackageAction.AWARD);
    }

    /**
     * Asks before awarding, saying to whom, at what rate, from when (and when that start is later than the council
     * usually allows, that awarding accepts it), and that the others will be told.
     */
    private void confirmAward(Bid bid, Button award) {
        if (needsReason(bid) && reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("bid.award.reason.required", Labels.name(bid.provider()), bid.score().rank()));
            reason.setInvalid(true);
            reason.focus();
            return;
        }
        reason.setInvalid(false);
        String provider = Labels.name(bid.provider());
        String rate = bid.ratePence() == null
                ? getTranslation("bid.award.councilRate")
                : getTranslation("bid.award.rate", Formats.pounds(bid.ratePence(), getLocale()));
        long others = shownBids.stream().filter(other -> !other.offerId().equals(bid.offerId())).count();
        String consequence = getTranslation("bid.award.confirm.text", carePackage.reference(), provider, rate,
                Moments.date(this, bid.proposedStart()))
                + (bid.lateStartDays() == null ? "" : " " + getTranslation("bid.award.confirm.lateStart", bid.lateStartDays()))
                + " " + getTranslation(others == 0 ? "bid.award.confirm.noOthers" : "bid.award.confirm.others", others);
        Confirmation.ask(this, "award-dialog", getTranslation("bid.award.confirm.title", carePackage.reference()), consequence,
                getTranslation("bid.award.confirm.yes", provider), award, () -> award(bid));
    }

    private void award(Bid bid) {
        UUID id = carePackage.id();
        var form = new AwardForm(bid.offerId(), reason.getValue().isBlank() ? null : reason.getValue().strip());
        api.fetch(auth -> client.awardPackage(auth, id, form), this::refused).ifPresent(result -> {
            reason.clear();
            String done = getTranslation("package.awarded", result.reference(), Labels.name(bid.provider()));
            problems.showInfo(result.agreedStart() == null ? done
                    : done + " " + getTranslation("package.awarded.start", Moments.date(this, result.agreedStart())));
            awarded.accept(result);
        });
    }

    /** A refusal about the reason is said next to it; any other as every refusal is. */
    private void refused(Problem problem) {
        var aboutReason = problem.errors() == null ? java.util.Optional.<Problem.FieldError>empty()
                : problem.errors().stream().filter(error -> "reason".equals(error.field())).findFirst();
        if (aboutReason.isPresent()) {
            reason.setVisible(true);
            reason.setErrorMessage(aboutReason.get().message());
            reason.setInvalid(true);
            reason.focus();
        } else {
            problems.show(problem);
        }
    }
}
