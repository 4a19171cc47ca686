package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A link to a person's hours bank, by its route ({@code hours?person=}) rather than its view class, so the
 * person register and the hours bank do not depend on each other. Vaadin's router still follows it in the page.
 */
final class HoursLink {

    private HoursLink() {}

    static Anchor to(String text, @Nullable UUID person) {
        Anchor link = new Anchor();
        link.setText(text);
        link.getElement().setAttribute("router-link", true);
        if (person != null) {
            point(link, person);
        }
        return link;
    }

    static void point(Anchor link, UUID person) {
        link.setHref("hours?person=" + person);
    }
}
