package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static io.micronaut.http.HttpRequest.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.api.consent.ConsentBasis;
import uk.homecare.portal.api.consent.ConsentForm;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.testing.Api;

/**
 * Carers' consents as a managed record: the council or the person records one for a carer account of the
 * council, it counts from its first day to its last, and a revocation refuses the carer's very next request.
 */
@MicronautTest(transactional = false)
@Tag("calendar")
class CarerConsentsTest extends HoursBankTest {

    private static final String OTHER_COUNCILS_CARER = "carer@coventry.demo";
    private static final String OTHER_COMMISSIONER = "commissioner@coventry.demo";

    @Test
    void the_council_records_a_consent_for_its_carer_who_may_then_book_and_the_trail_says_so() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 120, thisWeek());

        Consent consent = record(COMMISSIONER, person, new ConsentForm(carer(), null, null));

        assertThat(consent.status()).isEqualTo(ConsentStatus.STANDING);
        assertThat(consent.startsOn()).isEqualTo(today);
        assertThat(consent.basis()).isEqualTo(ConsentBasis.COUNCIL);
        assertThat(consent.actions()).containsExactly(ConsentAction.REVOKE);
        assertThat(book(CARER, person, today.plusDays(1), "10:00", 30).minutes()).isEqualTo(30);
        assertThat(number("select count(*) from audit_event where action = 'CONSENT_RECORDED' and entity_id = ?", consent.id())).isEqualTo(1);
        assertThat(consents(CARER, person)).extracting(Consent::id).containsExactly(consent.id());
        assertThat(consents(CARER, person).getFirst().actions()).as("a carer may not revoke").isEmpty();
    }

    @Test
    void the_person_revokes_and_the_carers_very_next_booking_and_balance_are_refused() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 240, thisWeek());
        Consent consent = record(person, person, new ConsentForm(carer(), null, null));
        assertThat(consent.basis()).isEqualTo(ConsentBasis.PERSON);
        Booking booked = book(CARER, person, today.plusDays(1), "10:00", 30);

        List<Consent> mine = api().retrieve(api().as(person, GET("/api/me/consents")), Argument.listOf(Consent.class));
        assertThat(mine).extracting(Consent::id).containsExactly(consent.id());
        Consent revoked = api().retrieve(api().as(person, POST(revokePath(person, consent.id()), "")), Consent.class);

        assertThat(revoked.status()).isEqualTo(ConsentStatus.REVOKED);
        assertThat(revoked.revokedBy()).extracting(NamedRef::id).isEqualTo(id("select id from app_user where username = ?", person));
        assertThat(revoked.recordedBy()).extracting(NamedRef::id).isEqualTo(id("select id from app_user where username = ?", person));
        assertThat(revoked.actions()).isEmpty();
        assertThat(api().refusal(booking(CARER, person, today.plusDays(1), "12:00", 30)).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(api().as(CARER, GET("/api/people/" + personOf(person) + "/hours-bank"))).getStatus().getCode())
                .isEqualTo(404);
        assertThat(api().refusal(api().as(CARER, POST("/api/people/" + personOf(person) + "/bookings/" + booked.id() + "/cancel", "")))
                .getStatus().getCode()).isEqualTo(404);
        assertThat(number("select count(*) from audit_event where action = 'CONSENT_REVOKED' and entity_id = ?", consent.id())).isEqualTo(1);
        assertThat(api().refusal(api().as(person, POST(revokePath(person, consent.id()), ""))).getStatus().getCode())
                .as("revoked once").isEqualTo(409);
    }

    @Test
    void a_consent_counts_only_from_its_first_day_to_its_last() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        plan(person, 600, thisWeek());
        Consent consent = record(COMMISSIONER, person, new ConsentForm(carer(), today.plusDays(1), today.plusDays(2)));
        assertThat(consent.status()).isEqualTo(ConsentStatus.UPCOMING);
        LocalDate session = today.plusDays(5);

        assertThat(api().refusal(booking(CARER, person, session, "10:00", 30)).getStatus().getCode()).as("before its first day").isEqualTo(404);
        clock.advance(Duration.ofDays(1));
        assertThat(book(CARER, person, session, "10:00", 30).minutes()).as("on its first day").isEqualTo(30);
        clock.advance(Duration.ofDays(1));
        assertThat(book(CARER, person, session, "11:00", 30).minutes()).as("on its last day").isEqualTo(30);
        clock.advance(Duration.ofDays(1));
        assertThat(api().refusal(booking(CARER, person, session, "12:00", 30)).getStatus().getCode()).as("after its last day").isEqualTo(404);
        assertThat(consents(COMMISSIONER, person).getFirst().status()).isEqualTo(ConsentStatus.ENDED);
        assertThat(consents(COMMISSIONER, person).getFirst().actions()).isEmpty();
    }

    @Test
    void a_consent_for_another_councils_carer_in_the_past_or_overlapping_is_refused_on_its_field_and_nothing_is_recorded() {
        LocalDate today = tenOnTheTestDay();
        String person = newPerson();
        record(COMMISSIONER, person, new ConsentForm(carer(), today.plusDays(10), null));
        int before = number("select count(*) from carer_consent where person_id = ?", personOf(person));

        assertThat(refusedOn(COMMISSIONER, person, new ConsentForm(id("select id from app_user where username = ?", OTHER_COUNCILS_CARER), null, null)))
                .isEqualTo("carerId");
        assertThat(refusedOn(COMMISSIONER, person, new ConsentForm(carer(), today.minusDays(1), null))).isEqualTo("startsOn");
        assertThat(refusedOn(COMMISSIONER, person, new ConsentForm(carer(), today.plusDays(3), today.plusDays(2)))).isEqualTo("endsOn");
        assertThat(refusedOn(COMMISSIONER, person, new ConsentForm(personOf(person), null, null))).as("not a carer").isEqualTo("carerId");
        assertThat(api().refusal(recording(COMMISSIONER, person, new ConsentForm(carer(), null, null))).getStatus().getCode())
                .as("overlaps the one to come").isEqualTo(409);
        assertThat(api().refusal(recording(CARER, person, new ConsentForm(carer(), null, null))).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(recording(OTHER_COMMISSIONER, person, new ConsentForm(carer(), null, null))).getStatus().getCode())
                .isEqualTo(404);
        assertThat(number("select count(*) from carer_consent where person_id = ?", personOf(person))).isEqualTo(before);
    }

    @Test
    void a_commissioner_finds_their_councils_carers_by_name_or_username_and_no_others() {
        tenOnTheTestDay();
        List<CarerAccount> found = api().retrieve(api().as(COMMISSIONER, GET("/api/carers?q=carer%40bridgend")),
                Argument.listOf(CarerAccount.class));
        List<CarerAccount> all = api().retrieve(api().as(COMMISSIONER, GET("/api/carers")), Argument.listOf(CarerAccount.class));

        assertThat(found).extracting(CarerAccount::username).containsExactly(CARER);
        assertThat(all).extracting(CarerAccount::username).contains(CARER).doesNotContain(OTHER_COUNCILS_CARER);
    }

    private UUID carer() {
        return id("select id from app_user where username = ?", CARER);
    }

    private Consent record(String user, String person, ConsentForm form) {
        return api().retrieve(recording(user, person, form), Consent.class);
    }

    private MutableHttpRequest<ConsentForm> recording(String user, String person, ConsentForm form) {
        return api().as(user, POST("/api/people/" + personOf(person) + "/consents", form));
    }

    private String refusedOn(String user, String person, ConsentForm form) {
        var refusal = api().refusal(recording(user, person, form));
        assertThat(refusal.getStatus().getCode()).isEqualTo(400);
        Problem problem = Api.problemOf(refusal);
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst().field();
    }

    private List<Consent> consents(String user, String person) {
        return api().retrieve(api().as(user, GET("/api/people/" + personOf(person) + "/consents")), Argument.listOf(Consent.class));
    }

    private String revokePath(String person, UUID consentId) {
        return "/api/people/" + personOf(person) + "/consents/" + consentId + "/revoke";
    }
}
