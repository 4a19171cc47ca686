package uk.homecare.portal.ui.council;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;

import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.ui.testing.FakeCouncilClient;
import uk.homecare.portal.ui.testing.KaribuUi;

/** The administrator sets how long a package of each urgency may wait before it becomes an emergency, in hours. */
class UrgencyWindowsViewTest {

    private KaribuUi ui;
    private FakeCouncilClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.council();
        ui.signInAs("adam");
        ui.navigate("council-settings");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void the_windows_are_shown_in_hours_and_saved_with_the_settings() {
        IntegerField routine = byId(IntegerField.class, "settings-routine-window");
        IntegerField urgent = byId(IntegerField.class, "settings-urgent-window");
        IntegerField fastTrack = byId(IntegerField.class, "settings-fast-track-window");
        assertThat(routine.getValue()).isEqualTo(336);
        assertThat(urgent.getValue()).isEqualTo(48);
        assertThat(fastTrack.getValue()).isEqualTo(4);
        assertThat(fastTrack.getLabel()).isEqualTo("CHC fast-track packages");

        _setValue(urgent, 24);
        _setValue(fastTrack, 2);
        click("settings-save");

        CouncilSettings sent = (CouncilSettings) api.lastForm;
        assertThat(sent.routineWindowHours()).isEqualTo(336);
        assertThat(sent.urgentWindowHours()).isEqualTo(24);
        assertThat(sent.fastTrackWindowHours()).isEqualTo(2);
        assertThat(api.settings.urgentWindowHours()).isEqualTo(24);
    }

    @Test
    void a_window_beyond_its_limit_is_shown_next_to_its_field_and_nothing_is_sent() {
        IntegerField fastTrack = byId(IntegerField.class, "settings-fast-track-window");
        _setValue(fastTrack, 72);
        click("settings-save");

        assertThat(api.lastForm).isNull();
        assertThat(fastTrack.isInvalid()).isTrue();
        assertThat(fastTrack.getErrorMessage()).contains("48");
    }
}
