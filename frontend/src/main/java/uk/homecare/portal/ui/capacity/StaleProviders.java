package uk.homecare.portal.ui.capacity;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import uk.homecare.portal.api.capacity.StaleProvider;
import uk.homecare.portal.api.UkTime;

/** "3 providers have not reported for over 7 days:" and each of them, with when they last reported. */
final class StaleProviders extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    StaleProviders() {
        setId("market-stale");
        setPadding(false);
        summary.setId("market-stale-summary");
        list.setId("market-stale-list");
        add(new H3(getTranslation("market.stale.title")), summary, list);
    }

    void show(List<StaleProvider> stale) {
        summary.setText(getTranslation("market.stale", stale.size()));
        list.removeAll();
        for (StaleProvider provider : stale) {
            list.add(new ListItem(provider.lastReportedAt() == null
                    ? getTranslation("market.stale.never", provider.provider().name())
                    : getTranslation("market.stale.last", provider.provider().name(),
                            Figures.day(this, provider.lastReportedAt().atZone(UkTime.ZONE).toLocalDate()))));
        }
        list.setVisible(!stale.isEmpty());
    }
}
