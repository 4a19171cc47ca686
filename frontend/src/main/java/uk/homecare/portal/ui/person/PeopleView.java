package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.person.PeopleOperations;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.grids.FoldingColumns;

/**
 * The council's people: a search by name, NHS number or postcode district, and a grid that reads the
 * register a page at a time as it scrolls, however many people there are. Each row opens the person's
 * hours and their record.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "people", layout = MainLayout.class)
public class PeopleView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient PeoplePages pages;
    private final TextField search = new TextField();
    private final Paragraph found = new Paragraph();
    private final Grid<Person> grid = new Grid<>();

    PeopleView(PeoplePages pages) {
        this.pages = pages;
        setId("people");

        search.setId("people-search");
        search.setLabel(getTranslation("people.search"));
        search.setHelperText(getTranslation("people.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setMaxLength(PeopleOperations.MAX_QUERY_LENGTH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        found.setId("people-found");
        found.getElement().setAttribute("role", "status");

        grid.setId("people-grid");
        grid.setPageSize(PeoplePages.PAGE_SIZE);
        FoldingColumns.of(grid).addColumn(person -> PersonWords.sortName(this, person)).setHeader(getTranslation("person.name")).setFlexGrow(1);
        FoldingColumns.of(grid).addColumn(person -> Formats.date(person.dateOfBirth(), getLocale())).setHeader(getTranslation("person.dateOfBirth"));
        FoldingColumns.of(grid).addColumn(person -> PersonWords.nhsNumber(person.nhsNumber())).setHeader(getTranslation("person.nhsNumber"));
        FoldingColumns.of(grid).addColumn(Person::postcode).setHeader(getTranslation("person.postcode"));
        FoldingColumns.of(grid).addComponentColumn(this::hoursLink).setHeader(getTranslation("people.hours")).setKey("hours");
        FoldingColumns.of(grid).addComponentColumn(this::recordLink).setHeader(getTranslation("people.record")).setKey("record");
        grid.getElement().setAttribute("aria-label", getTranslation("people.title"));

        add(new H2(getTranslation("people.title")), search, found, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        String term = search.getValue();
        int total = pages.count(term);
        found.setText(getTranslation(term.isBlank() ? "people.count" : "people.found", total));
        // Typed callbacks: a lambda here would make javac weigh Vaadin's Spring Data overloads too.
        CallbackDataProvider.FetchCallback<Person, Void> fetch = query -> pages.fetch(term, query.getOffset(), query.getLimit()).stream();
        CallbackDataProvider.CountCallback<Person, Void> count = query -> total;
        grid.setItems(fetch, count);
    }

    private Anchor hoursLink(Person person) {
        var link = HoursLink.to(getTranslation("people.hours.link"), person.id());
        link.getElement().setAttribute("aria-label", getTranslation("people.hours.named", PersonWords.name(this, person)));
        return link;
    }

    private RouterLink recordLink(Person person) {
        var link = new RouterLink(getTranslation("people.record.link"), PersonView.class, PersonView.parameters(person.id()));
        link.getElement().setAttribute("aria-label", getTranslation("people.record.named", PersonWords.name(this, person)));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
