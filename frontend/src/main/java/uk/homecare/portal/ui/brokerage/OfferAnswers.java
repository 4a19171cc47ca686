package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import uk.homecare.portal.api.brokerage.AcceptOffer;
import uk.homecare.portal.api.brokerage.BidForm;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.DeclineOffer;
import uk.homecare.portal.api.brokerage.DeclineReason;
import uk.homecare.portal.api.brokerage.MatchingNeed;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferAction;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.PoundsToPence;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * The answers the API lists on an offer: accept from a start date, decline with a reason, or bid a
 * start date (and an hourly rate where the lot allows price competition). Each start field says the latest
 * start the API allows; each answer is confirmed by what became of it, in words.
 */
final class OfferAnswers extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<Offer> answered;
    private final RecordForm<AcceptOffer> accept;
    private final RecordForm<DeclineOffer> decline;
    private final RecordForm<BidForm> bid;
    private final DatePicker acceptStart = new DatePicker();
    private final DatePicker bidStart = new DatePicker();
    private final BigDecimalField rate = new BigDecimalField();
    private final CheckboxGroup<MatchingNeed> acceptNeeds = needsMet("offer-accept-needs");
    private final CheckboxGroup<MatchingNeed> bidNeeds = needsMet("offer-bid-needs");
    private Offer offer;

    OfferAnswers(BrokerageClient client, ApiCaller api, Problems problems, Consumer<Offer> answered) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.answered = answered;
        setId("offer-answers");
        setPadding(false);
        String required = getTranslation("validation.required");

        acceptStart.setId("offer-accept-start");
        acceptStart.setLabel(getTranslation("offer.proposedStart"));
        accept = new RecordForm<>("offer-accept", AcceptOffer.class, "offer.accept.title", "offer.accept",
                this::accept);
        accept.with(acceptStart, acceptNeeds);
        accept.binder().forField(acceptStart).asRequired(required).bind("proposedStart");
        accept.binder().forField(acceptNeeds).withNullRepresentation(Set.of()).bind("needsMet");

        var reason = new Select<DeclineReason>();
        reason.setId("offer-decline-reason");
        reason.setLabel(getTranslation("offer.decline.reason"));
        reason.setItems(DeclineReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("offer.decline.reason." + r));
        var note = new TextArea(getTranslation("offer.decline.note"));
        note.setId("offer-decline-note");
        note.setMaxLength(500);
        decline = new RecordForm<>("offer-decline", DeclineOffer.class, "offer.decline.title", "offer.decline",
                this::decline);
        decline.with(reason, note);
        decline.binder().forField(reason).asRequired(getTranslation("offer.decline.reason.required")).bind("reason");
        decline.binder().forField(note).withNullRepresentation("").bind("note");

        bidStart.setId("offer-bid-start");
        bidStart.setLabel(getTranslation("offer.proposedStart"));
        rate.setId("offer-bid-rate");
        rate.setLabel(getTranslation("offer.bid.rate"));
        rate.setPrefixComponent(new Span(getTranslation("rate.currency")));
        rate.setHelperText(getTranslation("rate.pounds.help"));
        bid = new RecordForm<>("offer-bid", BidForm.class, "offer.bid.title", "offer.bid",
                this::bid);
        bid.with(bidStart, rate, bidNeeds);
        bid.binder().forField(bidStart).asRequired(required).bind("proposedStart");
        bid.binder().forField(bidNeeds).withNullRepresentation(Set.of()).bind("needsMet");
        bid.binder().forField(rate)
                .withConverter(new PoundsToPence(getTranslation("rate.pounds.invalid")))
                .withValidator(pence -> pence != null || !rate.isVisible(), required)
                .bind("ratePence");

        add(accept, decline, bid);
        setVisible(false);
    }

    void show(Offer shown) {
        boolean another = offer == null || !offer.id().equals(shown.id());
        offer = shown;
        accept.setVisible(shown.actions().contains(OfferAction.ACCEPT));
        decline.setVisible(shown.actions().contains(OfferAction.DECLINE));
        bid.setVisible(shown.actions().contains(OfferAction.BID));
        setVisible(!shown.actions().isEmpty());
        ActionMark.mark(accept.button(), OfferAction.ACCEPT, shown.id());
        ActionMark.mark(decline.button(), OfferAction.DECLINE, shown.id());
        ActionMark.mark(bid.button(), OfferAction.BID, shown.id());
        rate.setVisible(shown.priceCompetition());
        for (CheckboxGroup<MatchingNeed> needs : List.of(acceptNeeds, bidNeeds)) {
            needs.setItems(shown.matchingNeeds());
            needs.setVisible(!shown.matchingNeeds().isEmpty());
        }
        // the latest starts are the API's to say (the council's tolerance, and a bid's limit), not this form's to work out
        String latest = shown.latestStart() == null ? null
                : getTranslation("offer.latestStart.help", Moments.date(this, shown.latestStart()));
        limitStart(acceptStart, shown.latestStart(), latest);
        String latestBid = shown.latestBidStart() == null || shown.latestStart() == null ? latest
                : getTranslation("offer.latestBidStart.help", Moments.date(this, shown.latestStart()),
                        Moments.date(this, shown.latestBidStart()));
        limitStart(bidStart, shown.latestBidStart() == null ? shown.latestStart() : shown.latestBidStart(), latestBid);
        if (another) {
            // the view is reused when going from one offer to another: start each one afresh
            accept.binder().readRecord(new AcceptOffer(shown.startDate()));
            decline.binder().readRecord(new DeclineOffer(null, null));
            bid.binder().readRecord(new BidForm(shown.startDate(), null));
        }
    }

    /** Which of the package's needs the provider can meet; shown only for a package that has some. */
    private CheckboxGroup<MatchingNeed> needsMet(String id) {
        var needs = new CheckboxGroup<MatchingNeed>(getTranslation("offer.needsMet.label"));
        needs.setId(id);
        needs.setHelperText(getTranslation("offer.needsMet.help"));
        needs.setItemLabelGenerator(need -> Labels.need(this, need));
        needs.setVisible(false);
        return needs;
    }

    private static void limitStart(DatePicker start, java.time.@org.jspecify.annotations.Nullable LocalDate max, String words) {
        start.setMax(max);
        start.setHelperText(words);
        // a later day is refused by the form machinery's words, naming the new last day
        uk.homecare.portal.ui.problem.FieldMessages.of(start);
    }

    private void accept(AcceptOffer form) {
        send(auth -> client.acceptOffer(auth, offer.id(), form), accept, "offer.accepted");
    }

    private void decline(DeclineOffer form) {
        send(auth -> client.declineOffer(auth, offer.id(), form), decline, "offer.declined");
    }

    private void bid(BidForm form) {
        send(auth -> client.bidOnOffer(auth, offer.id(), form), bid, "offer.bidSent");
    }

    private <R extends Record> void send(Function<Bearer, Offer> call, RecordForm<R> form, String doneKey) {
        api.submit(call, form.binder()).ifPresent(result -> {
            String outcome = doneKey + "." + result.response();
            String key = getTranslation(outcome).equals("!{" + outcome + "}!") ? doneKey : outcome;
            problems.showInfo(getTranslation(key, result.reference(), Moments.date(this, result.proposedStart())));
            answered.accept(result);
        });
    }
}
