package uk.homecare.portal.demo;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.homecare.portal.api.hoursbank.BookingForm;
import uk.homecare.portal.api.hoursbank.PlanForm;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.hoursbank.HoursBookings;
import uk.homecare.portal.hoursbank.PlanCommissioning;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.api.UkTime;

/**
 * Gives each demo council's person a flexible-hours plan of six hours a week that began three weeks
 * ago, delivered by the demo provider, with a session they booked and one their carer booked: made
 * through the same use cases as real ones.
 */
@Singleton
class DemoHoursBank {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHoursBank.class);

    private record Household(Actor commissioner, Actor person, Actor carer, UUID personId, UUID providerId) {}

    private final Sql sql;
    private final PlanCommissioning plans;
    private final HoursBookings bookings;
    private final Clock clock;
    private final AcrossCouncils acrossCouncils;

    DemoHoursBank(Sql sql, PlanCommissioning plans, HoursBookings bookings, Clock clock, AcrossCouncils acrossCouncils) {
        this.acrossCouncils = acrossCouncils;
        this.sql = sql;
        this.plans = plans;
        this.bookings = bookings;
        this.clock = clock;
    }

    void load() {
        acrossCouncils.run("demo activity: flexible-hours plans and bookings in every demo council", this::seed);
    }

    private void seed() {
        List<Household> households = sql.list("""
                select c.id as commissioner_id, c.username as commissioner, c.council_id, c.organisation_id as council_org,
                       s.id as person_user_id, s.username as person_user, s.person_id,
                       k.id as carer_id, k.username as carer, p.organisation_id as provider_id
                  from app_user c
                  join app_user s on s.role = 'SERVICE_USER' and s.council_id = c.council_id and s.username like '%.demo'
                  join app_user k on k.role = 'CARER' and k.council_id = c.council_id and k.username like '%.demo'
                  join app_user p on p.role = 'PROVIDER' and split_part(p.username, '@', 2) = split_part(c.username, '@', 2)
                 where c.role = 'COMMISSIONER' and c.username like '%.demo'
                 order by c.username""",
                row -> {
                    UUID council = uuid(row, "council_id");
                    return new Household(
                            new Actor(uuid(row, "commissioner_id"), row.getString("commissioner"), Role.COMMISSIONER, council,
                                    uuid(row, "council_org"), Set.of(council)),
                            new Actor(uuid(row, "person_user_id"), row.getString("person_user"), Role.SERVICE_USER, council, null, Set.of(council)),
                            new Actor(uuid(row, "carer_id"), row.getString("carer"), Role.CARER, council, null, Set.of(council)),
                            uuid(row, "person_id"), uuid(row, "provider_id"));
                });
        LocalDate today = UkTime.today(clock);
        for (Household household : households) {
            plans.createPlan(household.commissioner(),
                    new PlanForm(household.personId(), household.providerId(), 360, today.with(DayOfWeek.MONDAY).minusWeeks(3), null));
            bookings.book(household.person(), household.personId(), new BookingForm(today.plusDays(2), LocalTime.of(10, 0), 120));
            bookings.book(household.carer(), household.personId(), new BookingForm(today.plusDays(5), LocalTime.of(14, 30), 90));
        }
        LOG.info("Demo flexible-hours plans made for {} people", households.size());
    }
}
