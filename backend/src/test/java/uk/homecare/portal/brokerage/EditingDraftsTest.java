package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Funding;
import uk.homecare.portal.api.brokerage.HistoryEntry;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.PackageForm;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.brokerage.TimeOfDay;
import uk.homecare.portal.api.brokerage.VisitPattern;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;
import uk.homecare.portal.testing.Race;

@MicronautTest(transactional = false)
class EditingDraftsTest extends BrokerageTest {

    private static final PersonDetails NO_NUMBER = new PersonDetails("Iris", "Penhallow", LocalDate.of(1944, 2, 9), null,
            "3 Quarry Lane, Tile Hill", "CV4 9AA");

    @Test
    void a_commissioner_edits_every_field_of_a_draft_and_the_history_names_the_fields() {
        CarePackage drafted = draft(centralForm(NO_NUMBER));
        assertThat(drafted.actions()).contains(PackageAction.EDIT);
        PackageForm changed = new PackageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL")), Funding.NHS_CHC, 840,
                new VisitPattern(4, 35, List.of(TimeOfDay.EVENING, TimeOfDay.MORNING), true, true), today().plusDays(9),
                "Help getting up and to bed; two carers for transfers.",
                new PersonDetails("Iris May", "Penhallow", LocalDate.of(1944, 2, 10), null, "5 Quarry Lane, Tile Hill", "CV4 9AB"));

        CarePackage edited = api().retrieve(edit(COMMISSIONER, drafted, "\"" + drafted.version() + "\"", changed), CarePackage.class);

        assertThat(edited.version()).isEqualTo(drafted.version() + 1);
        assertThat(edited.funding()).isEqualTo(Funding.NHS_CHC);
        assertThat(edited.weeklyMinutes()).isEqualTo(840);
        assertThat(edited.visitPattern()).isEqualTo(new VisitPattern(4, 35, List.of(TimeOfDay.MORNING, TimeOfDay.EVENING), true, true));
        assertThat(edited.startDate()).isEqualTo(today().plusDays(9));
        assertThat(edited.needsSummary()).startsWith("Help getting up");
        assertThat(edited.person().givenName()).isEqualTo("Iris May");
        assertThat(edited.person().postcode()).isEqualTo("CV4 9AB");
        assertThat(edited.postcodeDistrict()).isEqualTo("CV4");
        assertThat(number("select count(*) from person where family_name = 'Penhallow'")).as("the draft's own record, rewritten").isEqualTo(1);
        assertThat(history(drafted)).filteredOn(e -> e.action().equals("DRAFT_EDITED")).singleElement()
                .satisfies(e -> assertThat(e.details()).doesNotContain("Quarry").doesNotContain("Iris"));
    }

    @Test
    void an_edit_against_an_older_version_is_refused_and_changes_nothing() {
        CarePackage drafted = draft(centralForm(HAROLD));
        api().retrieve(edit(COMMISSIONER, drafted, String.valueOf(drafted.version()), hours(drafted, 660)), CarePackage.class);

        var stale = api().refusal(edit(COMMISSIONER, drafted, String.valueOf(drafted.version()), hours(drafted, 720)));
        var missing = Api.problemOf(api().refusal(edit(COMMISSIONER, drafted, null, hours(drafted, 720))));

        assertThat(stale.getStatus().getCode()).isEqualTo(409);
        assertThat(missing.errors()).extracting(Problem.FieldError::field).containsExactly("If-Match");
        assertThat(show(drafted).weeklyMinutes()).isEqualTo(660);
    }

    @Test
    void eight_edits_of_the_same_version_at_once_leave_exactly_one_applied() throws Exception {
        CarePackage drafted = draft(centralForm(HAROLD));

        List<Integer> statuses = Race.of(8, i -> Race.status(() -> api().retrieve(
                edit(COMMISSIONER, drafted, String.valueOf(drafted.version()), hours(drafted, 700 + i)), CarePackage.class)));

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(show(drafted).version()).isEqualTo(drafted.version() + 1);
        assertThat(history(drafted)).filteredOn(e -> e.action().equals("DRAFT_EDITED")).hasSize(1);
    }

    @Test
    void a_published_package_is_no_longer_a_draft_to_edit() {
        CarePackage published = publish(draft(centralForm(HAROLD)));

        var refused = api().refusal(edit(COMMISSIONER, published, String.valueOf(published.version()), hours(published, 720)));

        assertThat(published.actions()).doesNotContain(PackageAction.EDIT);
        assertThat(refused.getStatus().getCode()).isEqualTo(409);
        assertThat(show(published).weeklyMinutes()).isEqualTo(600);
    }

    @Test
    void bad_values_are_refused_naming_the_field_as_drafting_does() {
        CarePackage drafted = draft(centralForm(HAROLD));
        String version = String.valueOf(drafted.version());
        PackageForm base = centralForm(HAROLD);

        Problem past = Api.problemOf(api().refusal(edit(COMMISSIONER, drafted, version, new PackageForm(base.zoneId(), base.lotId(),
                base.funding(), 600, base.visitPattern(), today().minusDays(1), base.needsSummary(), HAROLD))));
        Problem tooFew = Api.problemOf(api().refusal(edit(COMMISSIONER, drafted, version, hours(drafted, 5))));
        Problem identifying = Api.problemOf(api().refusal(edit(COMMISSIONER, drafted, version, new PackageForm(base.zoneId(), base.lotId(),
                base.funding(), 600, base.visitPattern(), base.startDate(), "Ada Quennell needs help", HAROLD))));

        assertThat(past.errors()).extracting(Problem.FieldError::field).containsExactly("startDate");
        assertThat(tooFew.errors()).extracting(Problem.FieldError::field).containsExactly("weeklyMinutes");
        assertThat(identifying.errors()).extracting(Problem.FieldError::field).containsExactly("needsSummary");
        assertThat(show(drafted).version()).isEqualTo(drafted.version());
    }

    @Test
    void only_the_councils_commissioners_edit_drafts() {
        CarePackage drafted = draft(centralForm(HAROLD));
        String version = String.valueOf(drafted.version());

        var byProvider = api().refusal(edit(SPON_END, drafted, version, hours(drafted, 720)));
        var byOtherCouncil = api().refusal(edit(OTHER_COUNCIL, drafted, version, hours(drafted, 720)));

        assertThat(byProvider.getStatus().getCode()).isEqualTo(403);
        assertThat(byOtherCouncil.getStatus().getCode()).isIn(400, 404);
        assertThat(show(drafted).version()).isEqualTo(drafted.version());
    }

    private PackageForm centralForm(PersonDetails person) {
        PackageForm form = packageForm(coventryZone("CENTRAL"), lotOfZone(coventryZone("CENTRAL")));
        return new PackageForm(form.zoneId(), form.lotId(), form.funding(), form.weeklyMinutes(), form.visitPattern(), form.startDate(),
                form.needsSummary(), person);
    }

    private PackageForm hours(CarePackage p, int weeklyMinutes) {
        return new PackageForm(p.zone().id(), p.lot().id(), p.funding(), weeklyMinutes, p.visitPattern(), p.startDate(), p.needsSummary(),
                p.person());
    }

    private MutableHttpRequest<PackageForm> edit(String who, CarePackage p, String ifMatch, PackageForm form) {
        MutableHttpRequest<PackageForm> request = api().as(who, PUT("/api/packages/" + p.id(), form));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private List<HistoryEntry> history(CarePackage p) {
        return api().retrieve(api().as(COMMISSIONER, GET("/api/packages/" + p.id() + "/history")), Argument.listOf(HistoryEntry.class));
    }
}
