package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import uk.homecare.portal.api.equality.ConsentFrom;
import uk.homecare.portal.api.equality.EqualityAction;
import uk.homecare.portal.api.equality.EqualityAnswers;
import uk.homecare.portal.api.equality.EqualityForm;
import uk.homecare.portal.api.equality.EqualityProfile;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.ui.client.EqualityClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.i18n.TimeInWords;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * "Equality monitoring" on a person's record, for the council's commissioners only: the person's optional answers (each
 * may be left empty or answered "prefer not to say"), recorded only when the consent box is ticked (by the person, or
 * their representative, as chosen), and withdrawn (erased) when they withdraw consent. The buttons follow the actions
 * the API lists.
 */
final class EqualitySection extends VerticalLayout {

    private final transient EqualityClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final Paragraph status = new Paragraph();
    private final Select<EqualityAnswers.AgeBand> ageBand = question("equality-age-band", "equality.q.AGE_BAND", EqualityAnswers.AgeBand.values());
    private final Select<EqualityAnswers.Sex> sex = question("equality-sex", "equality.q.SEX", EqualityAnswers.Sex.values());
    private final Select<EqualityAnswers.Ethnicity> ethnicity = question("equality-ethnicity", "equality.q.ETHNICITY",
            EqualityAnswers.Ethnicity.values());
    private final Select<EqualityAnswers.YesNo> disability = question("equality-disability", "equality.q.DISABILITY",
            EqualityAnswers.YesNo.values());
    private final Select<EqualityAnswers.Religion> religion = question("equality-religion", "equality.q.RELIGION",
            EqualityAnswers.Religion.values());
    private final Select<EqualityAnswers.SexualOrientation> sexualOrientation = question("equality-sexual-orientation",
            "equality.q.SEXUAL_ORIENTATION", EqualityAnswers.SexualOrientation.values());
    private final Select<EqualityAnswers.YesNo> welshSpeaker = question("equality-welsh-speaker", "equality.q.WELSH_SPEAKER",
            EqualityAnswers.YesNo.values());
    private final Select<ConsentFrom> consentFrom = new Select<>();
    private final Checkbox consent = new Checkbox();
    private final Button save;
    private final Button withdraw;
    private UUID personId;
    private int version;

    EqualitySection(EqualityClient client, ApiCaller api, Problems problems) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        setId("equality");
        setPadding(false);
        status.setId("equality-status");
        consentFrom.setId("equality-consent-from");
        consentFrom.setLabel(getTranslation("equality.consentFrom"));
        consentFrom.setItems(ConsentFrom.values());
        consentFrom.setItemLabelGenerator(from -> getTranslation("equality.consentFrom." + from.name()));
        consentFrom.setValue(ConsentFrom.PERSON);
        consent.setId("equality-consent");
        consent.setLabel(getTranslation("equality.consent"));
        var fields = new FormLayout(ageBand, sex, ethnicity, disability, religion, sexualOrientation, welshSpeaker, consentFrom);
        save = ActionMark.mark(new Button(getTranslation("equality.save"), click -> save()), Capability.RECORD_EQUALITY);
        save.setId("equality-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        withdraw = ActionMark.mark(new Button(getTranslation("equality.withdraw"), click -> withdraw()), Capability.RECORD_EQUALITY);
        withdraw.setId("equality-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3(getTranslation("equality.title")), new Paragraph(getTranslation("equality.help")), status, fields, consent,
                new HorizontalLayout(save, withdraw));
    }

    private <E extends Enum<E>> Select<E> question(String id, String labelKey, E[] answers) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("equality.notGiven"));
        select.setItems(answers);
        select.setItemLabelGenerator(answer -> answer == null ? getTranslation("equality.notGiven")
                : getTranslation("equality.answer." + answer.name()));
        return select;
    }

    void show(UUID person) {
        personId = person;
        api.fetch(caller -> client.showEquality(caller, person)).ifPresent(this::show);
    }

    private void show(EqualityProfile profile) {
        version = profile.version();
        EqualityAnswers answers = profile.answers();
        ageBand.setValue(answers.ageBand());
        sex.setValue(answers.sex());
        ethnicity.setValue(answers.ethnicity());
        disability.setValue(answers.disability());
        religion.setValue(answers.religion());
        sexualOrientation.setValue(answers.sexualOrientation());
        welshSpeaker.setValue(answers.welshSpeaker());
        consentFrom.setValue(profile.consentFrom() == null ? ConsentFrom.PERSON : profile.consentFrom());
        consent.setValue(false);
        consent.setInvalid(false);
        status.setText(profile.recorded() && profile.consentedOn() != null
                ? getTranslation("equality.status.recorded", getTranslation("equality.consentFrom." + profile.consentFrom().name()),
                        TimeInWords.day(this, profile.consentedOn()), profile.recordedBy() == null ? "" : profile.recordedBy().name())
                : getTranslation("equality.status.none"));
        save.setVisible(profile.actions().contains(EqualityAction.RECORD));
        withdraw.setVisible(profile.actions().contains(EqualityAction.WITHDRAW));
    }

    private void save() {
        UUID person = personId;
        if (person == null) {
            return;
        }
        if (!consent.getValue()) {
            consent.setErrorMessage(getTranslation("equality.consent.required"));
            consent.setInvalid(true);
            return;
        }
        consent.setInvalid(false);
        var answers = new EqualityAnswers(ageBand.getValue(), sex.getValue(), ethnicity.getValue(), disability.getValue(),
                religion.getValue(), sexualOrientation.getValue(), welshSpeaker.getValue());
        var form = new EqualityForm(true, consentFrom.getValue() == null ? ConsentFrom.PERSON : consentFrom.getValue(), answers, version);
        api.fetch(caller -> client.recordEquality(caller, person, form)).ifPresent(saved -> {
            problems.showInfo(getTranslation("equality.saved"));
            show(saved);
        });
    }

    private void withdraw() {
        UUID person = personId;
        if (person == null) {
            return;
        }
        api.fetch(caller -> client.withdrawEquality(caller, person)).ifPresent(withdrawn -> {
            problems.showInfo(getTranslation("equality.withdrawn"));
            show(withdrawn);
        });
    }
}
