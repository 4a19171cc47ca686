package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.ConsentClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;
import uk.homecare.portal.ui.security.CurrentUser;

/**
 * "Who can act for this person" on a person's record: their consents, each with a revoke button where the
 * API lists it, and a form to record one for a carer account of the council (found by name or username),
 * from a first day to an optional last day. A carer with no account yet is invited first: {@link #inviteSlot()}
 * holds the button of each {@link CarerInviteAction} bean (the invitations feature provides one).
 */
final class ConsentsSection extends VerticalLayout {

    private final transient ConsentClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final ConsentList list;
    private final ComboBox<CarerAccount> carer = new ComboBox<>();
    private final RecordForm<ConsentForm> form;
    private final HorizontalLayout inviteSlot = new HorizontalLayout();
    private final List<CarerAccount> offered = new ArrayList<>();
    private UUID personId;

    ConsentsSection(ConsentClient client, ApiCaller api, Problems problems, CurrentUser currentUser) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("consents");
        setPadding(false);
        list = new ConsentList("consents", false, this::revoke);

        carer.setId("consent-carer");
        carer.setLabel(getTranslation("consent.carer"));
        carer.setHelperText(getTranslation("consent.carer.help"));
        carer.setItemLabelGenerator(account -> getTranslation("consent.carer.choice", account.displayName(), account.username()));
        carer.setItems(query -> {
            List<CarerAccount> found = api.fetch(caller -> client.findCarers(caller, query.getFilter().orElse(""))).orElse(List.of());
            offered.addAll(found);
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        var startsOn = new DatePicker(getTranslation("consent.startsOn"));
        startsOn.setId("consent-starts-on");
        startsOn.setHelperText(getTranslation("consent.startsOn.help"));
        var endsOn = new DatePicker(getTranslation("consent.endsOn"));
        endsOn.setId("consent-ends-on");
        endsOn.setHelperText(getTranslation("consent.endsOn.help"));

        form = new RecordForm<>("consent-form", ConsentForm.class, "consent.new", "consent.record", this::record);
        form.with(carer, startsOn, endsOn);
        form.binder().forField(carer).asRequired(getTranslation("validation.required"))
                .withConverter(new ToId<>(CarerAccount::id, () -> offered)).bind("carerId");
        form.binder().forField(startsOn).bind("startsOn");
        form.binder().forField(endsOn).bind("endsOn");
        form.setVisible(currentUser.may(Capability.RECORD_CONSENT));
        ActionMark.mark(form.button(), Capability.RECORD_CONSENT);
        inviteSlot.setId("consent-invite");
        inviteSlot.setPadding(false);

        var help = new Paragraph(getTranslation("consents.help"));
        add(new H3(getTranslation("consents.title")), help, list, form, inviteSlot);
    }

    /** Where the invitations feature adds "invite a carer" (a carer with no account yet); empty until then. */
    HorizontalLayout inviteSlot() {
        return inviteSlot;
    }

    /** Adds an action beside the form, such as inviting a carer who has no account yet. */
    void addInviteAction(Component action) {
        inviteSlot.add(action);
    }

    void show(UUID person) {
        personId = person;
        api.fetch(caller -> client.listConsents(caller, person)).ifPresent(list::show);
    }

    private final SubmissionKey submission = new SubmissionKey();

    private void record(ConsentForm consent) {
        UUID person = personId;
        if (person == null) {
            return;
        }
        api.submit(caller -> client.recordConsent(caller, person, submission.of(List.of(person, consent)), consent), form.binder()).ifPresent(recorded -> {
            problems.showInfo(getTranslation("consent.recorded", recorded.carer().name()));
            form.binder().readRecord(new ConsentForm(null, null, null));
            show(person);
        });
    }

    private void revoke(Consent consent) {
        api.fetch(caller -> client.revokeConsent(caller, consent.person().id(), consent.id())).ifPresent(revoked -> {
            problems.showInfo(getTranslation("consent.revoked", revoked.carer().name()));
            show(consent.person().id());
        });
    }
}
