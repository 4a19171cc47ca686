package uk.homecare.portal.ui.organisation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import uk.homecare.portal.api.organisation.OrganisationDetailsForm;
import uk.homecare.portal.api.organisation.ProviderAction;
import uk.homecare.portal.api.organisation.ProviderOrganisation;
import uk.homecare.portal.ui.client.OrganisationClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.layout.MainLayout;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/** A provider's own administrator keeps its address and contact e-mail, which every council it works for sees. */
@Prototype
@RolesAllowed("PROVIDER_ADMIN")
@Route(value = "our-organisation", layout = MainLayout.class)
public class OwnOrganisationView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    private final transient OrganisationClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final FormFields fields;
    private final H2 heading = new H2();
    private final Paragraph regulator = new Paragraph();
    private final TextField addressLine = new TextField();
    private final TextField postcode = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final Button save = new Button();

    OwnOrganisationView(OrganisationClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.fields = new FormFields(problems);
        setId("own-organisation");
        heading.setId("own-organisation-heading");
        regulator.setId("own-organisation-regulator");
        addressLine.setLabel(getTranslation("provider.addressLine"));
        addressLine.setId("own-address-line");
        addressLine.setMaxLength(200);
        postcode.setLabel(getTranslation("provider.postcode"));
        postcode.setId("own-postcode");
        postcode.setMaxLength(8);
        contactEmail.setLabel(getTranslation("provider.contactEmail"));
        contactEmail.setId("own-contact-email");
        fields.add("addressLine", addressLine);
        fields.add("postcode", postcode);
        fields.add("contactEmail", contactEmail);
        save.setText(getTranslation("action.save"));
        save.setId("own-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(click -> save());
        save.setVisible(false);
        add(heading, regulator, new Paragraph(getTranslation("ownOrganisation.intro")),
                new FormLayout(addressLine, postcode, contactEmail), save);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        api.fetch(client::showOwnOrganisation).ifPresent(this::show);
    }

    private void show(ProviderOrganisation organisation) {
        heading.setText(organisation.name());
        regulator.setText(getTranslation("ownOrganisation.regulator", organisation.regulator(), organisation.regulatorProviderId()));
        addressLine.setValue(organisation.addressLine() == null ? "" : organisation.addressLine());
        postcode.setValue(organisation.postcode() == null ? "" : organisation.postcode());
        contactEmail.setValue(organisation.contactEmail() == null ? "" : organisation.contactEmail());
        boolean editable = organisation.actions().contains(ProviderAction.EDIT);
        ActionMark.mark(save, ProviderAction.EDIT, organisation.id());
        save.setVisible(editable);
        addressLine.setReadOnly(!editable);
        postcode.setReadOnly(!editable);
        contactEmail.setReadOnly(!editable);
    }

    private void save() {
        var form = new OrganisationDetailsForm(addressLine.getValue(), postcode.getValue(), contactEmail.getValue());
        api.fetch(auth -> client.changeOwnOrganisation(auth, form), fields::show).ifPresent(saved -> {
            fields.clear();
            show(saved);
            problems.showInfo(getTranslation("ownOrganisation.saved"));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ownOrganisation.title");
    }
}
