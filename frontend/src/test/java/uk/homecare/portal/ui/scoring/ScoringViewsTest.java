package uk.homecare.portal.ui.scoring;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.homecare.portal.ui.testing.Screen.byId;
import static uk.homecare.portal.ui.testing.Screen.click;
import static uk.homecare.portal.ui.testing.Screen.grid;
import static uk.homecare.portal.ui.testing.Screen.shown;
import static uk.homecare.portal.ui.testing.Screen.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.quality.Rating;
import uk.homecare.portal.api.reference.Provider;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScorecardMonth;
import uk.homecare.portal.api.scoring.ScoringWeights;
import uk.homecare.portal.api.scoring.WeightsForm;
import uk.homecare.portal.ui.testing.FakeIdentityClient;
import uk.homecare.portal.ui.testing.FakeScoringClient;
import uk.homecare.portal.ui.testing.KaribuUi;
import uk.homecare.portal.ui.testing.Screen;

/**
 * The scoring pages: a commissioner sets a lot's weights (the API's refusal of weights not adding up to 100 is shown), the
 * council's administrator only reads them; a commissioner chooses a provider and reads its scorecard month by month; a
 * provider reads its own with each council it serves.
 */
class ScoringViewsTest {

    private KaribuUi ui;
    private FakeScoringClient api;

    @BeforeEach
    void start() {
        ui = new KaribuUi();
        api = ui.context().getBean(FakeScoringClient.class);
        api.clear();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private ScoringWeights lot(String name) {
        var weights = new ScoringWeights(new NamedRef(UUID.randomUUID(), name), 40, 40, 10, 10, false);
        api.weights.put(weights.lot().id(), weights);
        return weights;
    }

    private Scorecard card(NamedRef provider, NamedRef council) {
        LocalDate first = ui.clock().today().withDayOfMonth(1).minusMonths(11);
        List<ScorecardMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var figures = i == 11 ? new ProviderFigures(10, 8, 2, 1, 20, 2, 1, 4, 3) : ProviderFigures.NONE;
            months.add(new ScorecardMonth(first.plusMonths(i), figures, i == 11 ? 80 : null, i == 11 ? 85 : null, i == 11 ? 75 : null,
                    i == 11 ? 1 : 0, i == 11 ? 2 : 0));
        }
        return new Scorecard(provider, council, Rating.GOOD, 2, 1, months, new ProviderFigures(10, 8, 2, 1, 20, 2, 1, 4, 3));
    }

    @Test
    void a_commissioner_sets_a_lots_weights_and_sees_the_refusal_when_they_do_not_add_up_to_100() {
        ScoringWeights citywide = lot("Citywide");
        ui.signInAs("cora");
        ui.navigate("scoring-weights");

        assertThat(Screen.rows(grid("scoring-weights-grid"))).contains("Citywide", "40%", "Portal default");
        assertThat(shown("scoring-weights-form")).isFalse();
        _clickItem(grid("scoring-weights-grid"), 0);
        assertThat(byId(IntegerField.class, "scoring-price").getValue()).isEqualTo(40);
        _setValue(byId(IntegerField.class, "scoring-price"), 50);
        click("scoring-weights-form-submit");
        assertThat(Screen.notificationTexts()).anyMatch(text -> text.contains("add up to 110"));
        assertThat(api.weights.get(citywide.lot().id()).setByCouncil()).isFalse();

        _setValue(byId(IntegerField.class, "scoring-quality"), 30);
        click("scoring-weights-form-submit");

        assertThat(api.lastForm).isEqualTo(new WeightsForm(50, 30, 10, 10));
        assertThat(Screen.rows(grid("scoring-weights-grid"))).contains("50%", "30%", "Set by the council");
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void the_council_administrator_reads_the_weights_without_changing_them() {
        lot("Citywide");
        ui.signInAs("adam");
        ui.navigate("scoring-weights");
        _clickItem(grid("scoring-weights-grid"), 0);

        assertThat(shown("scoring-weights-form-submit")).isFalse();
        assertThat(byId(IntegerField.class, "scoring-price").isReadOnly()).isTrue();
    }

    @Test
    void a_commissioner_chooses_a_provider_and_reads_its_scorecard_month_by_month() {
        var provider = new Provider(UUID.randomUUID(), "Acme Care Ltd", "CQC", "1-909", null);
        ui.reference().providers.add(provider);
        api.scorecards.put(provider.id(), card(new NamedRef(provider.id(), provider.name()), FakeIdentityClient.COVENTRY));
        ui.signInAs("cora");
        ui.navigate("provider-scorecards");

        _setValue(byId(Select.class, "scorecard-provider"), provider);

        assertThat(textOf(byId(Component.class, "scorecard-rating"))).contains("Good");
        assertThat(textOf(byId(Component.class, "scorecard-monitoring"))).contains("2", "1");
        String rows = Screen.rows(grid("scorecard-months"));
        assertThat(rows).contains("8 of 10 (80%)", "1 of 2 awarded", "20 recorded, 2 late, 1 missed (85% on time)", "3 of 4 (75%)");
        assertThat(grid("scorecard-months").getGenericDataView().getItems().count()).isEqualTo(12);
        Screen.assertTranslatedAndLabelled();
    }

    @Test
    void a_provider_reads_its_own_scorecard_with_each_council_it_serves() {
        var mine = new NamedRef(UUID.randomUUID(), "Caring Hands Ltd");
        api.own.add(card(mine, FakeIdentityClient.COVENTRY));
        api.own.add(card(mine, FakeIdentityClient.WARWICKSHIRE));
        ui.signInAs("pete");
        ui.navigate("my-scorecard");

        assertThat(textOf(byId(Component.class, "scorecard-0"))).contains("Coventry City Council");
        assertThat(textOf(byId(Component.class, "scorecard-1"))).contains("Warwickshire County Council");
        Screen.assertTranslatedAndLabelled();
    }
}
