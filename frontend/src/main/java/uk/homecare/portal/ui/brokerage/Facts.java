package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.html.DescriptionList;

/** A record's facts as a description list: each a term (label) and what it is. */
final class Facts extends DescriptionList {

    Facts(String id) {
        setId(id);
    }

    Facts fact(String labelKey, String value) {
        add(new Term(getTranslation(labelKey)), new Description(value == null ? "" : value));
        return this;
    }

    void clear() {
        removeAll();
    }
}
