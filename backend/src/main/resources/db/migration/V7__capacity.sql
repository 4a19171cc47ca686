-- Capacity: what providers report they can take on, per council and zone, one report a week; the
-- council's viability band; each provider's contract band; and when a provider's contract ended.

alter table council add column viability_min_weekly_minutes integer not null default 42000 check (viability_min_weekly_minutes >= 0);
alter table council add column viability_max_weekly_minutes integer not null default 120000 check (viability_max_weekly_minutes >= 0);

alter table organisation_council add column until date;
alter table organisation_council add column contract_min_weekly_minutes integer check (contract_min_weekly_minutes >= 0);
alter table organisation_council add column contract_max_weekly_minutes integer check (contract_max_weekly_minutes >= 0);

create table capacity_report (
    id                     uuid primary key default gen_random_uuid(),
    provider_id            uuid not null references organisation (id),
    council_id             uuid not null references council (id),
    zone_id                uuid not null references zone (id),
    week_starts            date not null check (extract(isodow from week_starts) = 1),
    daytime_minutes        integer not null check (daytime_minutes >= 0),
    out_of_hours_minutes   integer not null check (out_of_hours_minutes >= 0),
    double_handed          boolean not null,
    staff                  integer not null check (staff >= 0),
    non_driving_staff      integer not null check (non_driving_staff between 0 and staff),
    reported_at            timestamptz not null,
    reported_by            uuid,
    unique (provider_id, zone_id, week_starts)
);
create index capacity_report_market on capacity_report (council_id, zone_id, week_starts);
create index capacity_report_latest on capacity_report (council_id, provider_id, reported_at desc);
create index capacity_report_offer on capacity_report (provider_id, zone_id, reported_at desc);
create index care_package_zone_demand on care_package (zone_id, status, start_date);
