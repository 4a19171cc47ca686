package uk.homecare.portal.ui.layout;

import java.util.List;

/** A feature's entries in the side navigation; the layout shows those the person's role may open. */
public interface NavigationContributor {

    List<NavigationEntry> entries();
}
