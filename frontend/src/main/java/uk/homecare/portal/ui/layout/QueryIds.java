package uk.homecare.portal.ui.layout;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.UUID;

/** An id named in the address's query ({@code ?package=…}, {@code ?person=…}); none when absent or not an id. */
public final class QueryIds {

    private QueryIds() {}

    public static UUID of(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name)
                .map(QueryIds::uuid)
                .orElse(null);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
