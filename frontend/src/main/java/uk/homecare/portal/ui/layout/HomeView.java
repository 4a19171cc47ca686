package uk.homecare.portal.ui.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import uk.homecare.portal.api.identity.Me;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.ui.client.CapacityClient;
import uk.homecare.portal.ui.client.QualityClient;
import uk.homecare.portal.ui.client.HoursBankClient;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;
import uk.homecare.portal.ui.security.SignedInUser;

/**
 * Where everyone lands after signing in: who they are, for which council or organisation, the
 * councils a provider works with, and for a carer the people they act for; then the answer to each
 * role's first question, in short sentences that link to their pages: for a person or a carer the
 * hours to use, what expires next and the next sessions; for a provider the offers to answer and the
 * capacity due this week; for a commissioner the packages nobody took or still waiting, and stale capacity.
 */
@Prototype
@PermitAll
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    private final transient HoursBankClient hours;
    private final transient BrokerageClient brokerage;
    private final transient CapacityClient capacity;
    private final transient QualityClient quality;
    private final transient ApiCaller api;
    private final transient Clock clock;
    private final Role role;
    private boolean factsShown;

    HomeView(CurrentUser currentUser, HoursBankClient hours, BrokerageClient brokerage, CapacityClient capacity,
             QualityClient quality, ApiCaller api, Clock clock) {
        this.quality = quality;
        this.hours = hours;
        this.brokerage = brokerage;
        this.capacity = capacity;
        this.api = api;
        this.clock = clock;
        this.role = currentUser.role().orElse(null);
        setId("home");
        currentUser.get().map(SignedInUser::me).ifPresent(this::show);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (factsShown || role == null) {
            return;
        }
        factsShown = true;
        switch (role) {
            case SERVICE_USER -> add(new HoursHome(hours, api, clock, true));
            case CARER -> add(new HoursHome(hours, api, clock, false));
            case PROVIDER -> add(new ProviderHome(brokerage, capacity, quality, api, clock));
            case COMMISSIONER -> add(new CommissionerHome(brokerage, capacity, api));
            default -> { }
        }
    }

    private void show(Me me) {
        add(new H2(getTranslation("home.welcome", me.displayName())));
        add(paragraph("home-role", getTranslation("home.role", getTranslation("role." + me.role().name()))));
        if (me.council() != null) {
            add(paragraph("home-council", getTranslation("home.council", me.council().nameIn(getLocale()))));
        }
        // A council's own staff belong to the council's organisation: said once, as the council, in the page's language.
        if (me.organisation() != null && (me.council() == null || !me.organisation().name().equals(me.council().name()))) {
            add(paragraph("home-organisation", getTranslation("home.organisation", me.organisation().name())));
        }
        if (me.role() == Role.PROVIDER || safe(me.councils()).size() > 1) {
            add(list("home-councils", "home.councils", "home.councils.none", me.councils()));
        }
        if (me.role() == Role.CARER) {
            add(list("home-acting-for", "home.actingFor", "home.actingFor.none", me.actingFor()));
        }
    }

    private static Paragraph paragraph(String id, String text) {
        var paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private VerticalLayout list(String id, String headingKey, String noneKey, List<NamedRef> refs) {
        var section = new VerticalLayout();
        section.setId(id);
        section.setPadding(false);
        section.add(new H3(getTranslation(headingKey)));
        if (safe(refs).isEmpty()) {
            section.add(new Paragraph(getTranslation(noneKey)));
        } else {
            var list = new UnorderedList();
            refs.forEach(ref -> list.add(new ListItem(ref.name())));
            section.add(list);
        }
        return section;
    }

    private static List<NamedRef> safe(List<NamedRef> refs) {
        return refs == null ? List.of() : refs;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
