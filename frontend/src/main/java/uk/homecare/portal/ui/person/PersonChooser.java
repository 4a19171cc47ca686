package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import uk.homecare.portal.api.person.Person;

/**
 * Any person of the council, found as the person types a name, an NHS number or a postcode district:
 * the register is read a page at a time, so nobody is out of reach however many people it holds.
 */
public final class PersonChooser {

    private PersonChooser() {}

    public static ComboBox<Person> create(PeoplePages pages, String label) {
        var chooser = new ComboBox<Person>(label);
        chooser.setPageSize(PeoplePages.PAGE_SIZE);
        CallbackDataProvider.FetchCallback<Person, String> fetch =
                query -> pages.fetch(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream();
        CallbackDataProvider.CountCallback<Person, String> count = query -> pages.count(query.getFilter().orElse(""));
        chooser.setItems(fetch, count);
        chooser.setItemLabelGenerator(person -> PersonWords.choice(chooser, person));
        chooser.setHelperText(chooser.getTranslation("people.choose.help"));
        chooser.setClearButtonVisible(true);
        return chooser;
    }
}
