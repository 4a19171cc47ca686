package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.reference.Formats;

/**
 * A person's consents as a list people can read aloud: who, from when until when, where it stands, and a
 * revoke button where the API lists that action. {@code carerView} names the person instead of the carer.
 */
final class ConsentList extends VerticalLayout {

    private final String idPrefix;
    private final boolean namePerson;
    private final transient Consumer<Consent> revoke;

    ConsentList(String idPrefix, boolean namePerson, Consumer<Consent> revoke) {
        this.idPrefix = idPrefix;
        this.namePerson = namePerson;
        this.revoke = revoke;
        setId(idPrefix + "-list");
        setPadding(false);
    }

    void show(List<Consent> consents) {
        removeAll();
        if (consents.isEmpty()) {
            var none = new Paragraph(getTranslation("consent.none"));
            none.setId(idPrefix + "-none");
            add(none);
            return;
        }
        var list = new UnorderedList();
        consents.forEach(consent -> list.add(item(consent)));
        add(list);
    }

    private ListItem item(Consent consent) {
        var who = namePerson ? consent.person().name() : consent.carer().name();
        var text = new Span(getTranslation("consent.row", who, period(consent),
                getTranslation("consent.status." + consent.status().name()), getTranslation("consent.basis." + consent.basis().name())));
        var item = new ListItem(text);
        if (consent.revokedBy() != null && consent.revokedAt() != null) {
            item.add(new Span(" " + getTranslation("consent.revokedBy", consent.revokedBy().name(),
                    Formats.date(uk.homecare.portal.api.UkTime.dateOf(consent.revokedAt()), getLocale()))));
        }
        item.setId(idPrefix + "-" + consent.id());
        if (consent.actions().contains(ConsentAction.REVOKE)) {
            item.add(revokeButton(consent, who));
        }
        return item;
    }

    private Component revokeButton(Consent consent, String who) {
        var button = new Button(getTranslation("consent.revoke"), click -> revoke.accept(consent));
        button.setId(idPrefix + "-revoke-" + consent.id());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation("consent.revoke.named", who));
        return ActionMark.mark(button, ConsentAction.REVOKE, consent.id());
    }

    private String period(Consent consent) {
        var locale = getLocale();
        String from = Formats.date(consent.startsOn(), locale);
        return consent.endsOn() == null
                ? getTranslation("consent.period.open", from)
                : getTranslation("consent.period", from, Formats.date(consent.endsOn(), locale));
    }
}
