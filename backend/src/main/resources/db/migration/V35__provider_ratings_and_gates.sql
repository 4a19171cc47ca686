-- Quality in the market (#17): the regulators' published ratings, imported from their files, and per-council gates
-- that keep a provider out of new offers (a minimum rating, a suspension by the council). docs/quality-gates.md.

-- The regulators' ratings are national, public data: not council-owned, no row-level security. One row per
-- regulated location (a CQC location, a CIW service), as the latest import found it.
create table regulator_location (
    regulator              text not null check (regulator in ('CQC', 'CIW')),
    location_id            text not null check (length(location_id) between 1 and 40),
    location_name          text not null check (length(location_name) between 1 and 300),
    regulator_provider_id  text not null check (length(regulator_provider_id) between 1 and 40),
    provider_name          text not null check (length(provider_name) between 1 and 300),
    rating                 text not null check (rating in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'NOT_YET_RATED')),
    published_on           date,
    -- set when an import no longer lists the location (deregistered or closed); cleared if a later one lists it again
    withdrawn_at           timestamptz,
    primary key (regulator, location_id)
);
create index regulator_location_by_provider on regulator_location (regulator, regulator_provider_id);

-- Each import of a regulator's file: who, when, the file's hash (the same file again changes nothing) and what changed.
create table rating_import (
    id               uuid primary key default gen_random_uuid(),
    number           bigint generated always as identity unique,
    regulator        text not null check (regulator in ('CQC', 'CIW')),
    file_sha256      text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    imported_at      timestamptz not null,
    imported_by      uuid references app_user (id),
    rows_read        integer not null,
    locations_read   integer not null,
    new_count        integer not null,
    changed_count    integer not null,
    withdrawn_count  integer not null,
    unchanged_count  integer not null
);
create index rating_import_latest on rating_import (regulator, number desc);

-- Every change an import made to a location's rating: NEW (first seen, or listed again after a withdrawal),
-- CHANGED (another rating or publication date), WITHDRAWN (no longer listed). Append-only.
create table rating_change (
    id                bigint generated always as identity primary key,
    import_id         uuid not null references rating_import (id),
    regulator         text not null,
    location_id       text not null,
    kind              text not null check (kind in ('NEW', 'CHANGED', 'WITHDRAWN')),
    old_rating        text,
    new_rating        text,
    old_published_on  date,
    new_published_on  date,
    changed_at        timestamptz not null,
    foreign key (regulator, location_id) references regulator_location (regulator, location_id)
);
create index rating_change_by_location on rating_change (regulator, location_id, changed_at);
create index rating_change_by_import on rating_change (import_id);

-- A council's gates: the lowest rating that may still get new offers (none: no minimum), and whether a provider
-- with no published rating yet (NOT_YET_RATED, or no location in the regulator's file) passes.
create table provider_gate_policy (
    council_id               uuid primary key references council (id),
    minimum_rating           text check (minimum_rating in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    not_yet_rated_passes     boolean not null default true,
    version                  integer not null default 0
);

-- A provider suspended by a council (no new offers from that council), with why; lifted later, with why. The
-- current suspension is the one not lifted; earlier ones stay as the record.
create table provider_suspension (
    id              uuid primary key default gen_random_uuid(),
    council_id      uuid not null references council (id),
    provider_id     uuid not null references organisation (id),
    reason          text not null check (length(reason) between 1 and 500),
    suspended_at    timestamptz not null,
    suspended_by    uuid not null references app_user (id),
    lifted_at       timestamptz,
    lifted_by       uuid references app_user (id),
    lift_reason     text check (lift_reason is null or length(lift_reason) between 1 and 500)
);
create unique index provider_suspension_current on provider_suspension (council_id, provider_id) where lifted_at is null;

-- Council-owned: row-level security as V11.
do $$
declare
    t text;
begin
    foreach t in array array['provider_gate_policy', 'provider_suspension']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;

-- first_stage_with_provider (V2), leaving out the providers a gate keeps from new offers in the lot's council.
create function first_stage_with_ungated_provider(p_lot uuid, p_from text, p_gated uuid[]) returns text language sql stable as $$
    select stage from (values (1, 'PRIMARY'), (2, 'SECONDARY'), (3, 'OPEN')) as s(position, stage)
     where position >= case p_from when 'PRIMARY' then 1 when 'SECONDARY' then 2 else 3 end
       and exists (select 1 from lot_provider lp
                    where lp.lot_id = p_lot and (s.stage = 'OPEN' or lp.tier = s.stage)
                      and not (lp.provider_id = any (coalesce(p_gated, '{}'::uuid[]))))
     order by position
     limit 1
$$;
