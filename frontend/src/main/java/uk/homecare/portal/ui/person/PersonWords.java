package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.ui.i18n.Messages;
import uk.homecare.portal.ui.reference.Formats;

/** A person as the register's screens write them. */
public final class PersonWords {

    private PersonWords() {}

    /** "Margaret Okafor". */
    public static String name(Component view, Person person) {
        return view.getTranslation("person.fullName", person.givenName(), person.familyName());
    }

    /** "Okafor, Margaret": how the register is ordered. */
    static String sortName(Component view, Person person) {
        return view.getTranslation("people.sortName", person.familyName(), person.givenName());
    }

    /** The name and what tells two people of that name apart: "Margaret Okafor (born 14 Mar 1941, 943 476 5919, CV1 3BH)". */
    public static String choice(Component view, Person person) {
        List<String> details = new ArrayList<>();
        if (person.dateOfBirth() != null) {
            details.add(view.getTranslation("people.choice.born", Formats.date(person.dateOfBirth(), locale())));
        }
        if (person.nhsNumber() != null) {
            details.add(nhsNumber(person.nhsNumber()));
        }
        if (person.postcode() != null) {
            details.add(person.postcode());
        }
        return details.isEmpty() ? name(view, person) : view.getTranslation("people.choice", name(view, person), String.join(", ", details));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Messages.ENGLISH : ui.getLocale();
    }

    /** NHS numbers are read in groups of three, three and four: "943 476 5919". */
    static String nhsNumber(String digits) {
        if (digits == null || digits.length() != 10) {
            return digits == null ? "" : digits;
        }
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
