package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.OfferStage;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.layout.QueryIds;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.security.SignedInUser;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The provider's inbox: offers waiting for an answer and bids still open, soonest window first, with
 * what care is asked for and where (postcode district only). An offer is marked "lapsing soon" from
 * the moment the API gives. {@code ?package=} narrows it to one package's offers (a notification links so).
 */
@Prototype
@RolesAllowed("PROVIDER")
@Route(value = "offers", layout = MainLayout.class)
public class OffersView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle {

    static final String PACKAGE_PARAMETER = "package";

    private final transient BrokerageClient client;
    private final transient ApiCaller api;
    private final transient Clock clock;
    private final Select<NamedRef> council = new Select<>();
    private final Select<NamedRef> zone = new Select<>();
    private final Select<OfferStage> stage = new Select<>();
    private final Grid<Offer> grid = new Grid<>();
    private final Set<NamedRef> zonesSeen = new LinkedHashSet<>();
    private UUID onlyPackage;
    private boolean updatingZones;

    OffersView(BrokerageClient client, ApiCaller api, CurrentUser currentUser, Clock clock) {
        this.client = client;
        this.api = api;
        this.clock = clock;
        setId("offers");

        filter(council, "offers-council", "offer.council", Labels::name);
        council.setItems(currentUser.get().map(SignedInUser::me).map(Me::councils).orElse(List.of()));
        filter(zone, "offers-zone", "offer.zone", Labels::name);
        filter(stage, "offers-stage", "offer.stage", s -> getTranslation("offer.stage." + s));
        stage.setItems(OfferStage.values());

        grid.setId("offers-grid");
        FoldingColumns.of(grid).addColumn(Offer::reference).setHeader(getTranslation("package.reference")).setAutoWidth(true);
        FoldingColumns.of(grid).addColumn(o -> Labels.name(o.council())).setHeader(getTranslation("offer.council"));
        FoldingColumns.of(grid).addColumn(o -> Labels.name(o.zone())).setHeader(getTranslation("offer.zone"));
        FoldingColumns.of(grid).addColumn(o -> getTranslation("offer.stage." + o.stage())).setHeader(getTranslation("offer.stage"));
        FoldingColumns.of(grid).addColumn(o -> o.emergency()
                        ? getTranslation("offer.urgency.emergency", getTranslation("urgency." + o.urgency()))
                        : getTranslation("urgency." + o.urgency()))
                .setHeader(getTranslation("package.urgency")).setKey("urgency");
        FoldingColumns.of(grid).addColumn(o -> Formats.hours(o.weeklyMinutes())).setHeader(getTranslation("package.weeklyHours"));
        FoldingColumns.of(grid).addColumn(o -> Labels.visits(this, o.visitPattern())).setHeader(getTranslation("package.visits")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(o -> Moments.date(this, o.startDate())).setHeader(getTranslation("package.startDate"));
        FoldingColumns.of(grid).addColumn(Offer::postcodeDistrict).setHeader(getTranslation("offer.postcodeDistrict"));
        FoldingColumns.of(grid).addComponentColumn(this::timeLeft).setHeader(getTranslation("offer.timeLeft")).setKey("timeLeft");
        grid.getElement().setAttribute("aria-label", getTranslation("offers.title"));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(OfferView.class, RecordView.parameters(event.getValue().id()));
            }
        });

        var reload = new Button(getTranslation("action.reload"), VaadinIcon.REFRESH.create(), click -> refresh());
        reload.setId("offers-reload");
        var filters = new HorizontalLayout(council, zone, stage, reload);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("offers.title")), filters, grid);
    }

    private <T> void filter(Select<T> select, String id, String labelKey,
            ItemLabelGenerator<T> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("offers.filter.all"));
        select.setItemLabelGenerator(value -> value == null ? getTranslation("offers.filter.all") : label.apply(value));
        select.addValueChangeListener(event -> {
            if (!updatingZones) {
                refresh();
            }
        });
    }

    private Span timeLeft(Offer offer) {
        if (!offer.response().awaitsOutcome()) {
            return new Span(); // won, lost, closed or otherwise over: no time is left to count
        }
        Instant now = clock.instant();
        if (offer.windowEndsAt() != null && !now.isBefore(offer.windowEndsAt())) {
            return new Span(getTranslation("offer.windowClosed")); // a bid awaiting the council, or a lapse: no "20 min ago"
        }
        var left = new Span(Moments.until(this, offer.windowEndsAt(), now));
        if (offer.lapsingSoonFrom() != null && !now.isBefore(offer.lapsingSoonFrom())) {
            var soon = new Span(getTranslation("offer.lapsingSoon"));
            soon.getElement().getThemeList().addAll(List.of("badge", "error", "primary"));
            left.addComponentAsFirst(soon);
            left.getElement().setAttribute("title", getTranslation("offer.lapsingSoon.help"));
        }
        return left;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onlyPackage = QueryIds.of(event, PACKAGE_PARAMETER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        UUID councilId = council.getValue() == null ? null : council.getValue().id();
        UUID zoneId = zone.getValue() == null ? null : zone.getValue().id();
        OfferStage only = stage.getValue();
        api.fetch(auth -> client.listOffers(auth, councilId, zoneId, only)).ifPresent(offers -> {
            grid.setItems(offers.stream().filter(o -> onlyPackage == null || onlyPackage.equals(o.packageId())).toList());
            if (zonesSeen.addAll(offers.stream().map(Offer::zone).toList())) {
                NamedRef chosen = zone.getValue();
                updatingZones = true;
                zone.setItems(List.copyOf(zonesSeen));
                zone.setValue(chosen);
                updatingZones = false;
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.title");
    }
}
