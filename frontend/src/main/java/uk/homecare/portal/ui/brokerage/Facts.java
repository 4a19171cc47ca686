package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.html.DescriptionList;

/** A record's facts as a description list: each a term (label) and what it is; a fact with no value is left out, never a bare label. */
final class Facts extends DescriptionList {

    Facts(String id) {
        setId(id);
    }

    Facts fact(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(getTranslation(labelKey)), new Description(value));
        }
        return this;
    }

    void clear() {
        removeAll();
    }
}
