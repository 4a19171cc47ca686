package uk.homecare.portal.ui.chc;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.api.chc.ChcRequirement;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * The council's CHC settings: the care it needs commissioned each week, typed in hours and sent in
 * minutes, and the map from postcode district to zone that places partner packages. A commissioner
 * changes them; an administrator sees them without the means to change them.
 */
@Prototype
@RolesAllowed({"COMMISSIONER", "ADMIN"})
@Route(value = "chc", layout = MainLayout.class)
public class ChcView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient ChcClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final RecordForm<ChcRequirement> requirement;
    private final DistrictMapPanel districts;

    ChcView(ChcClient client, ReferenceClient reference, ApiCaller api, Problems problems, CurrentUser currentUser,
            Clock clock) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        boolean editable = currentUser.may(Capability.EDIT_CHC_SETTINGS);
        setId("chc");

        var hours = new BigDecimalField(getTranslation("chc.requirement.hours"));
        hours.setId("chc-requirement-hours");
        hours.setHelperText(getTranslation("chc.requirement.help"));
        String invalid = getTranslation("chc.requirement.invalid");
        requirement = new RecordForm<>("chc-requirement", ChcRequirement.class, "chc.requirement.heading", "action.save", this::save);
        requirement.with(hours);
        requirement.binder().forField(hours)
                .asRequired(getTranslation("validation.required"))
                .withConverter(new HoursToMinutes(invalid))
                .withValidator(minutes -> minutes >= 0, invalid)
                .bind("weeklyMinutes");
        requirement.binder().setReadOnly(!editable);
        requirement.button().setVisible(editable);
        ActionMark.mark(requirement.button(), Capability.EDIT_CHC_SETTINGS);
        districts = new DistrictMapPanel(client, reference, api, problems, clock, editable);

        var readOnly = new Paragraph(getTranslation("chc.readOnly"));
        readOnly.setId("chc-read-only");
        readOnly.setVisible(!editable);
        add(new H2(getTranslation("chc.title")), new Paragraph(getTranslation("chc.intro")), readOnly, requirement, districts);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::showChcRequirement).ifPresent(requirement.binder()::readRecord);
        districts.load();
    }

    private void save(ChcRequirement changed) {
        api.submit(auth -> client.changeChcRequirement(auth, changed), requirement.binder()).ifPresent(saved -> {
            requirement.binder().readRecord(saved);
            problems.showInfo(getTranslation("chc.requirement.saved", HoursToMinutes.hours(saved.weeklyMinutes())));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chc.title");
    }
}
