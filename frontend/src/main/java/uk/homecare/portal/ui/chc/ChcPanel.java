package uk.homecare.portal.ui.chc;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.micronaut.context.annotation.Prototype;
import uk.homecare.portal.ui.client.ChcClient;
import uk.homecare.portal.api.chc.ChcSummary;
import uk.homecare.portal.ui.reference.HoursToMinutes;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * CHC on the commissioner's board: the hours a week commissioned against the council's requirement,
 * in words and as a bar, and the hours still waiting. Hidden while the council has neither a
 * requirement nor anything commissioned; when the figures cannot be read it says so quietly and the
 * board around it carries on.
 */
@Prototype
public final class ChcPanel extends VerticalLayout {

    static final String COMMISSIONED_ID = "chc-commissioned";

    private final transient ChcClient client;
    private final transient ApiCaller api;
    private final Paragraph commissioned = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Paragraph waiting = new Paragraph();
    private final Paragraph unavailable = new Paragraph();

    ChcPanel(ChcClient client, ApiCaller api) {
        this.client = client;
        this.api = api;
        setId("chc-panel");
        setPadding(false);
        setSpacing(false);
        commissioned.setId(COMMISSIONED_ID);
        commissioned.getStyle().set("font-weight", "600").set("margin", "0");
        progress.setId("chc-progress");
        progress.getElement().setAttribute("aria-labelledby", COMMISSIONED_ID);
        progress.setMaxWidth("40em");
        waiting.setId("chc-waiting");
        waiting.getStyle().set("margin", "0");
        unavailable.setId("chc-unavailable");
        unavailable.setText(getTranslation("chc.unavailable"));
        unavailable.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        add(commissioned, progress, waiting, unavailable);
        setVisible(false);
    }

    /** Reads the figures again, as the board does when it reloads. */
    public void refresh() {
        api.fetch(client::showChcSummary, problem -> cannotShow()).ifPresent(this::show);
    }

    private void cannotShow() {
        setVisible(true);
        commissioned.setVisible(false);
        progress.setVisible(false);
        waiting.setVisible(false);
        unavailable.setVisible(true);
    }

    private void show(ChcSummary summary) {
        int required = summary.requiredWeeklyMinutes();
        int done = summary.commissionedWeeklyMinutes();
        setVisible(required > 0 || done > 0);
        unavailable.setVisible(false);
        commissioned.setVisible(true);
        progress.setVisible(required > 0);
        waiting.setVisible(true);
        if (required > 0) {
            double share = (double) done / required;
            commissioned.setText(getTranslation("chc.commissioned", hours(done), hours(required), share));
            progress.setValue(Math.min(1, share));
            progress.getElement().setAttribute("aria-valuetext", getTranslation("chc.progress", share));
        } else {
            commissioned.setText(getTranslation("chc.commissioned.noRequirement", hours(done)));
        }
        int minutesWaiting = summary.waitingWeeklyMinutes();
        waiting.setText(summary.packagesWaiting() == 0
                ? getTranslation("chc.waiting.none")
                : getTranslation("chc.waiting", hours(minutesWaiting), summary.packagesWaiting()));
    }

    private static Object hours(int minutes) {
        return HoursToMinutes.hours(minutes);
    }
}
