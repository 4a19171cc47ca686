package uk.homecare.portal.hoursbank;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.hoursbank.Booking;
import uk.homecare.portal.api.hoursbank.HoursLot;
import uk.homecare.portal.api.identity.NamedRef;

@MicronautTest(transactional = false)
class CarersAndClockChangesTest extends HoursBankTest {

    @Test
    void a_carer_acts_only_for_the_people_they_are_linked_to_and_the_trail_says_for_whom() {
        setClock("2026-11-04T10:00:00Z");
        String linked = newPerson();
        String stranger = newPerson();
        plan(linked, 120, LocalDate.of(2026, 11, 2));
        plan(stranger, 120, LocalDate.of(2026, 11, 2));
        execute("insert into carer_consent (carer_id, person_id) select id, ? from app_user where username = ?", personOf(linked), CARER);

        Booking booked = book(CARER, linked, LocalDate.of(2026, 11, 6), "10:00", 60);
        var refused = api().refusal(booking(CARER, stranger, LocalDate.of(2026, 11, 6), "10:00", 60));
        List<NamedRef> people = api().retrieve(api().as(CARER, GET("/api/hours-bank/people")), Argument.listOf(NamedRef.class));

        assertThat(booked.minutes()).isEqualTo(60);
        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(people).extracting(NamedRef::id).contains(personOf(linked)).doesNotContain(personOf(stranger));
        assertThat(number("""
                select count(*) from audit_event a join app_user u on u.id = a.actor_id
                 where u.username = ? and a.acting_for = ? and a.action = 'HOURS_BOOKED'""", CARER, personOf(linked))).isEqualTo(1);
        String statement = api().retrieve(api().as(linked, GET("/api/people/" + personOf(linked) + "/statement?from=2026-11-01&to=2026-11-30")),
                String.class);
        assertThat(statement).contains(CARER + " for Gwen");
    }

    @Test
    void when_the_consent_is_revoked_the_carer_can_no_longer_act() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();
        plan(person, 120, LocalDate.of(2026, 11, 2));
        execute("insert into carer_consent (carer_id, person_id) select id, ? from app_user where username = ?", personOf(person), CARER);
        book(CARER, person, LocalDate.of(2026, 11, 6), "10:00", 30);

        execute("update carer_consent set revoked_at = ? where person_id = ?", clock.instant().atOffset(ZoneOffset.UTC), personOf(person));

        assertThat(api().refusal(booking(CARER, person, LocalDate.of(2026, 11, 6), "12:00", 30)).getStatus().getCode()).isEqualTo(404);
        assertThat(api().refusal(api().as(CARER, GET("/api/people/" + personOf(person) + "/hours-bank"))).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_person_sees_only_their_own_bank_and_their_council_may_look_but_not_book() {
        setClock("2026-11-04T10:00:00Z");
        String person = newPerson();
        String other = newPerson();
        plan(person, 120, LocalDate.of(2026, 11, 2));

        assertThat(api().refusal(api().as(other, GET("/api/people/" + personOf(person) + "/hours-bank"))).getStatus().getCode()).isEqualTo(404);
        assertThat(balance(COMMISSIONER, person).remainingMinutes()).isEqualTo(120);
        assertThat(api().refusal(booking(COMMISSIONER, person, LocalDate.of(2026, 11, 6), "10:00", 30)).getStatus().getCode()).isEqualTo(403);
        assertThat(api().refusal(api().as("commissioner@coventry.demo", GET("/api/people/" + personOf(person) + "/hours-bank")))
                .getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_session_across_the_autumn_clock_change_falls_in_its_uk_week_and_lasts_its_real_minutes() {
        setClock("2026-10-24T12:00:00Z");
        String person = newPerson();
        plan(person, 120, LocalDate.of(2026, 10, 19));

        Booking night = book(person, person, LocalDate.of(2026, 10, 25), "01:30", 60);

        assertThat(night.startsAt()).as("01:30 British Summer Time").isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(night.endsAt()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(balance(person, person).lots()).singleElement().satisfies(lot -> {
            assertThat(lot.weekStarts()).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(lot.usedMinutes()).isEqualTo(60);
        });
    }

    @Test
    void a_uk_week_begins_at_midnight_uk_time_whatever_the_utc_date() {
        setClock("2026-03-25T12:00:00Z");
        String person = newPerson();
        plan(person, 120, LocalDate.of(2026, 3, 23));

        setClock("2026-03-29T22:59:00Z");
        assertThat(balance(person, person).lots()).as("still Sunday 29 March in the UK").hasSize(1);

        setClock("2026-03-29T23:00:00Z");
        assertThat(balance(person, person).lots()).as("already Monday 30 March in the UK (summer time)")
                .extracting(HoursLot::weekStarts).containsExactly(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));
    }
}
