-- Outcomes over time (docs/outcomes.md): a council's monthly KPI snapshots, the commissioners' notes on a period's
-- outcomes, and the reports e-mailed monthly to named staff.

-- One snapshot per council and UK calendar month (the unique key: however many nodes take it at once, one row wins).
-- figures: the KPI lines as JSON, [{"section", "measure", "by", "group", "value"}, ...] (kpis.KpiFigures), so a snapshot
-- keeps its own shape whatever the KPI report's shape becomes later. taken_by null: the monthly job.
create table kpi_snapshot (
    id          uuid primary key default gen_random_uuid(),
    council_id  uuid not null references council (id),
    month       date not null check (month = date_trunc('month', month)::date),
    figures     jsonb not null check (jsonb_typeof(figures) = 'array'),
    taken_at    timestamptz not null,
    taken_by    uuid references app_user (id),
    unique (council_id, month)
);

-- Immutable: the database refuses any update, delete or truncate of a snapshot, whoever asks (V1's function), and the
-- application's role is not even granted them.
create trigger kpi_snapshot_immutable
    before update or delete or truncate on kpi_snapshot
    for each statement execute function refuse_change_to_append_only();
revoke update, delete, truncate on kpi_snapshot from portal_app;

-- A commissioner's note on the outcomes of the months [from_month, to_month]; the text is the note's alone (never logged,
-- never in the audit trail).
create table outcome_note (
    id          uuid primary key default gen_random_uuid(),
    council_id  uuid not null references council (id),
    from_month  date not null check (from_month = date_trunc('month', from_month)::date),
    to_month    date not null check (to_month = date_trunc('month', to_month)::date),
    text        text not null check (length(text) between 1 and 2000),
    written_by  uuid not null references app_user (id),
    written_at  timestamptz not null,
    check (from_month <= to_month)
);
create index outcome_note_by_council on outcome_note (council_id, to_month, from_month);

-- A report e-mailed monthly to one of the council's staff (a link behind sign-in, never figures).
create table report_subscription (
    id            uuid primary key default gen_random_uuid(),
    council_id    uuid not null references council (id),
    report        text not null check (report in ('KPI_SUMMARY', 'OUTCOMES')),
    recipient_id  uuid not null references app_user (id),
    created_by    uuid not null references app_user (id),
    created_at    timestamptz not null,
    unique (council_id, recipient_id, report)
);

-- Each (subscription, month) is sent once: its row is the claim, written with the notification and e-mail in one
-- transaction. The subscription's removal removes its history with it.
create table report_dispatch (
    subscription_id  uuid not null references report_subscription (id) on delete cascade,
    council_id       uuid not null references council (id),
    month            date not null,
    sent_at          timestamptz not null,
    primary key (subscription_id, month)
);

do $$
declare
    t text;
begin
    foreach t in array array['kpi_snapshot', 'outcome_note', 'report_subscription', 'report_dispatch'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;

-- A notification kind added to the kinds' check in place, whatever kinds earlier migrations listed (V33, V36 and V37
-- wrote this out each time; from here on a migration calls it).
create function portal.allow_notification_kind(kind text) returns void language plpgsql as $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into strict definition from pg_constraint
     where conrelid = 'notification'::regclass and conname = 'notification_kind_check';
    if position('::text])' in definition) = 0 then
        raise exception 'unexpected notification_kind_check: %', definition;
    end if;
    execute 'alter table notification drop constraint notification_kind_check';
    execute 'alter table notification add constraint notification_kind_check '
            || replace(definition, '::text])', format('::text, %L::text])', kind));
end $$;
revoke execute on function portal.allow_notification_kind(text) from public;

select portal.allow_notification_kind('REPORT_READY');
