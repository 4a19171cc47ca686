-- Visit actuals (issue #16, part 4): what a provider delivered per visit of a package it holds, recorded one at a time
-- through the API and UI or many at once by uploading an ECM export (visits.EcmImports, docs/ecm-import.md).
--
-- visit_actual is council-owned (row-level security as in V11): its council_id is copied from its package on insert
-- (portal.council_of_package), so no statement has to say it. It is not partitioned: it is read by package and by
-- council and day, and a year of a large council's visits is tens of millions of rows at most; a later migration can
-- partition it by visit_date the V26 way if its retention asks for dropping whole months.
--
-- Payment schedules will be built from these rows times rates: minutes are whole integers, every row carries its
-- visit's date, package, provider and council.
--
-- visit_import is a provider's own record of the files it uploaded (like idempotency_key, not council-owned: one file
-- may hold visits of packages of several councils, and it is always read by the provider's id). Its unique
-- (provider_id, file_sha256) makes a re-upload of the same bytes, or two identical uploads racing, import once.

create table visit_import (
    id            uuid primary key default gen_random_uuid(),
    provider_id   uuid not null references organisation (id),
    file_sha256   text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    rows_imported integer not null check (rows_imported >= 0),
    imported_by   text not null,
    imported_at   timestamptz not null,
    constraint visit_import_once_per_file unique (provider_id, file_sha256)
);

create table visit_actual (
    id               uuid primary key default gen_random_uuid(),
    council_id       uuid not null references council (id),
    package_id       uuid not null references care_package (id),
    provider_id      uuid not null references organisation (id),
    visit_date       date not null,
    planned_start    time not null,
    planned_end      time not null,
    planned_minutes  integer not null check (planned_minutes > 0),
    actual_start     time,
    actual_end       time,
    actual_minutes   integer not null check (actual_minutes >= 0),
    carers_present   integer not null check (carers_present between 0 and 10),
    missed           boolean not null,
    variance_reason  text check (variance_reason in ('PERSON_UNAVAILABLE', 'PERSON_IN_HOSPITAL', 'PERSON_DECLINED',
                                                     'CARER_UNAVAILABLE', 'TRAVEL_DELAY', 'EMERGENCY_AT_VISIT',
                                                     'CARE_NEEDS_CHANGED', 'OTHER')),
    variance_note    text check (char_length(variance_note) <= 500),
    booking_id       uuid references hours_booking (id),
    source           text not null check (source in ('API', 'ECM')),
    import_id        uuid references visit_import (id),
    recorded_by      text not null,
    recorded_at      timestamptz not null,
    constraint visit_actual_once unique (package_id, visit_date, planned_start),
    constraint visit_actual_booking_once unique (booking_id),
    constraint visit_actual_missed_has_no_times check (missed = (actual_start is null) and missed = (actual_end is null)),
    constraint visit_actual_missed_has_no_minutes check (not missed or actual_minutes = 0),
    constraint visit_actual_ecm_has_import check ((source = 'ECM') = (import_id is not null))
);
create trigger visit_actual_council before insert on visit_actual for each row execute function portal.council_of_package();
-- A council's missed and late visits of a day (visits.VisitExceptions), and a package's visits.
create index visit_actual_by_council_day on visit_actual (council_id, visit_date);
create index visit_actual_import on visit_actual (import_id) where import_id is not null;

alter table visit_actual enable row level security;
alter table visit_actual force row level security;
create policy acting_councils on visit_actual
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
