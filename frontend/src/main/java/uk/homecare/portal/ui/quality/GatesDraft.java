package uk.homecare.portal.ui.quality;

import io.micronaut.core.annotation.Nullable;
import uk.homecare.portal.api.quality.GateSettings;
import uk.homecare.portal.api.quality.Rating;

/** The council's gates as the form edits them, and the version they were loaded at. */
public class GatesDraft {

    private @Nullable Rating minimumRating;
    private boolean notYetRatedPasses = true;
    private int version;

    static GatesDraft of(GateSettings settings) {
        GatesDraft draft = new GatesDraft();
        draft.minimumRating = settings.minimumRating();
        draft.notYetRatedPasses = settings.notYetRatedPasses();
        draft.version = settings.version();
        return draft;
    }

    GateSettings toSettings() {
        return new GateSettings(minimumRating, notYetRatedPasses, version);
    }

    public @Nullable Rating getMinimumRating() {
        return minimumRating;
    }

    public void setMinimumRating(@Nullable Rating minimumRating) {
        this.minimumRating = minimumRating;
    }

    public boolean isNotYetRatedPasses() {
        return notYetRatedPasses;
    }

    public void setNotYetRatedPasses(boolean notYetRatedPasses) {
        this.notYetRatedPasses = notYetRatedPasses;
    }
}
