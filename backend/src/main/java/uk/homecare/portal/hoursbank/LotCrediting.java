package uk.homecare.portal.hoursbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.platform.AcrossCouncils;
import uk.homecare.portal.platform.Sql;

/**
 * Credits each plan week's lot on its Monday, with the weekly minutes in force that week (the plan's own, or its
 * latest change from that Monday or before: {@code hours_plan_change}), and expires lots after their fourth Sunday, each in one
 * set-based statement with its ledger entries. Both are idempotent and safe on several nodes: a lot is
 * credited once (its unique week) and expired once (the update re-checks {@code not expired} under its row lock).
 * Since lots are credited on Mondays and expire after Sundays, what the two would do is the same all week: a plan
 * settled for a week ({@code hours_plan.settled_through}, its Monday) needs neither until the next Monday, and a
 * booking skips them ({@link #settle}).
 */
@Singleton
class LotCrediting {

    /** Weeks older than this were expired before they could be used, so a late tick does not credit them. */
    private static final int LOOK_BACK_DAYS = 35;

    /** Plans the tick settles in one transaction. */
    static final int BATCH = 500;

    private final Sql sql;
    private final AcrossCouncils acrossCouncils;

    LotCrediting(Sql sql, AcrossCouncils acrossCouncils) {
        this.sql = sql;
        this.acrossCouncils = acrossCouncils;
    }

    /**
     * Credits every plan's weeks begun by {@code today} and expires every lot past its window, in every council; then
     * marks the plans this left settled for today's week, so that their bookings need not do it again. Only plans not
     * yet settled for the week are visited, {@value #BATCH} at a time in id order, each batch in a transaction of its
     * own: a tick with nothing due reads the plans once and writes nothing, and a national Monday's worth of plans is
     * never one statement that a busy database cannot finish within the statement timeout. A plan a booking holds is
     * skipped: that booking settles it.
     */
    Due settleEveryone(LocalDate today, Instant now) {
        Due total = new Due(0, 0);
        Batch batch = new Batch(List.of(), new Due(0, 0));
        do {
            UUID after = batch.last();
            batch = acrossCouncils.run("the hours bank credits and expires every council's lots", () -> settleBatch(after, today, now));
            total = total.plus(batch.due());
        } while (batch.plans().size() == BATCH);
        return total;
    }

    private Batch settleBatch(@Nullable UUID after, LocalDate today, Instant now) {
        List<PlanKey> plans = sql.list("""
                select id, person_id from hours_plan
                 where settled_through is distinct from ?::date and (?::uuid is null or id > ?::uuid)
                 order by id limit ? for update skip locked""",
                row -> new PlanKey(Sql.uuid(row, "id"), Sql.uuid(row, "person_id")), Durations.monday(today), after, after, BATCH);
        if (plans.isEmpty()) {
            return new Batch(plans, new Due(0, 0));
        }
        List<UUID> people = plans.stream().map(PlanKey::personId).toList();
        Due due = new Due(creditDue(people, today, now), expireDue(people, today));
        markSettled(plans.stream().map(PlanKey::id).toList(), today);
        return new Batch(plans, due);
    }

    private record PlanKey(UUID id, UUID personId) {}

    private record Batch(List<PlanKey> plans, Due due) {
        @Nullable UUID last() {
            return plans.isEmpty() ? null : plans.getLast().id();
        }
    }

    /**
     * Credits and expires the plan's lots if a week has begun since it was last settled, and marks it settled for
     * today's week; otherwise does nothing, not even a statement: nothing can have become due. The caller holds the
     * plan's row lock (read with it as {@code plan}), so the plan is settled once however many bookings race.
     */
    void settle(PlanRow plan, LocalDate today, Instant now) {
        if (plan.unsettledOn(today)) {
            creditDue(plan.personId(), today, now);
            expireDue(plan.personId(), today);
            markSettled(plan.id(), today);
        }
    }

    /**
     * Marks plans settled for {@code today}'s week, each if it is: it has the lot of every week {@link #creditDue} would
     * credit today and no lot {@link #expireDue} would expire (one skipped because another transaction held it stays
     * unsettled, and the next booking settles again). A plan not marked is settled by its
     * next booking; one marked wrongly would miss a week, hence the check rather than trust in what ran before.
     */
    @Transactional
    int markSettled(UUID planId, LocalDate today) {
        return markSettled(List.of(planId), today);
    }

    private int markSettled(List<UUID> plans, LocalDate today) {
        LocalDate monday = Durations.monday(today);
        return sql.update("""
                update hours_plan p set settled_through = ?::date
                 where p.id = any(?::uuid[]) and p.settled_through is distinct from ?::date
                   and not exists (select 1 from hours_lot l where l.plan_id = p.id and not l.expired and l.expires_after < ?::date)
                   and not exists (
                       select 1 from generate_series(greatest(p.starts_on, date_trunc('week', ?::date - ?)::date),
                                                     least(coalesce(p.ends_on, ?::date), ?::date), interval '7 days') as w
                        where p.starts_on <= ?::date
                          and not exists (select 1 from hours_lot l where l.plan_id = p.id and l.week_starts = w::date))""",
                monday, plans, monday, today, today, LOOK_BACK_DAYS, today, today, today);
    }

    record Due(int credited, int expired) {
        Due plus(Due other) {
            return new Due(credited + other.credited, expired + other.expired);
        }
    }

    /** Credits every week of the person's plan that has begun by {@code today}. */
    @Transactional
    int creditDue(UUID personId, LocalDate today, Instant now) {
        return creditDue(List.of(personId), today, now);
    }

    private int creditDue(List<UUID> people, LocalDate today, Instant now) {
        return sql.one("""
                with due as (
                    select p.id as plan_id, p.person_id, coalesce(ch.weekly_minutes, p.weekly_minutes) as weekly_minutes,
                           w::date as week_starts
                      from hours_plan p
                     cross join lateral generate_series(
                               greatest(p.starts_on, date_trunc('week', ?::date - ?)::date),
                               least(coalesce(p.ends_on, ?::date), ?::date),
                               interval '7 days') as w
                      left join lateral (
                               select c.weekly_minutes from hours_plan_change c
                                where c.plan_id = p.id and c.from_monday <= w::date
                                order by c.from_monday desc limit 1) as ch on true
                     where p.starts_on <= ?::date and p.person_id = any(?::uuid[])
                ),
                credited as (
                    insert into hours_lot (plan_id, person_id, week_starts, expires_after, credited_minutes, remaining_minutes)
                    select plan_id, person_id, week_starts, week_starts + 27, weekly_minutes, weekly_minutes from due
                    on conflict (plan_id, week_starts) do nothing
                    returning id, person_id, credited_minutes
                ),
                entries as (
                    insert into hours_ledger (person_id, lot_id, kind, minutes, occurred_at, actor_name, actor_role)
                    select person_id, id, 'CREDIT', credited_minutes, ?, 'hours bank', 'SYSTEM' from credited
                    returning id
                )
                select count(*) from entries""",
                row -> row.getInt(1), today, LOOK_BACK_DAYS, today, today, today, people, now).orElse(0);
    }

    /**
     * Expires what is left of every lot whose window ended before {@code today}. The ledger dates each
     * expiry at the moment the window closed (midnight after its last Sunday, UK time), whenever it runs.
     */
    @Transactional
    int expireDue(UUID personId, LocalDate today) {
        return expireDue(List.of(personId), today);
    }

    private int expireDue(List<UUID> people, LocalDate today) {
        return sql.one("""
                with expiring as (
                    select id, person_id, remaining_minutes, expires_after from hours_lot
                     where not expired and expires_after < ?::date and person_id = any(?::uuid[])
                       for update skip locked
                ),
                expired as (
                    update hours_lot l set expired = true, remaining_minutes = 0
                      from expiring e where l.id = e.id
                    returning l.id, l.person_id, e.remaining_minutes as left_over, e.expires_after
                ),
                entries as (
                    insert into hours_ledger (person_id, lot_id, kind, minutes, occurred_at, actor_name, actor_role)
                    select person_id, id, 'EXPIRY', -left_over, (expires_after + 1)::timestamp at time zone 'Europe/London',
                           'hours bank', 'SYSTEM'
                      from expired where left_over > 0
                    returning id
                )
                select count(*) from entries""",
                row -> row.getInt(1), today, people).orElse(0);
    }
}
