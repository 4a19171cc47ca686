-- Foundation: tenants (councils), organisations, people and their roles, reference data, audit trail.
-- Money is held in pence and time in minutes, always as integers.

create table council (
    id                 uuid primary key default gen_random_uuid(),
    code               text not null unique check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name               text not null,
    nation             text not null check (nation in ('ENGLAND', 'WALES')),
    min_visit_minutes  integer not null default 30 check (min_visit_minutes between 15 and 240),
    created_at         timestamptz not null default now()
);

create table organisation (
    id                     uuid primary key default gen_random_uuid(),
    kind                   text not null check (kind in ('COUNCIL', 'PROVIDER', 'NHS_PARTNER')),
    name                   text not null,
    council_id             uuid references council (id),
    regulator              text check (regulator in ('CQC', 'CIW')),
    regulator_provider_id  text,
    regulator_location_id  text,
    ods_code               text,
    created_at             timestamptz not null default now(),
    constraint council_org_has_council check (kind <> 'COUNCIL' or council_id is not null),
    constraint provider_has_regulator check (kind <> 'PROVIDER' or (regulator is not null and regulator_provider_id is not null)),
    constraint partner_has_ods_code check (kind <> 'NHS_PARTNER' or ods_code is not null)
);
create unique index organisation_regulator_id on organisation (regulator, regulator_provider_id) where kind = 'PROVIDER';
create unique index organisation_ods_code on organisation (ods_code) where ods_code is not null;

-- Which councils a provider holds contracts with, and which councils an NHS partner serves.
create table organisation_council (
    organisation_id  uuid not null references organisation (id),
    council_id       uuid not null references council (id),
    since            date not null default current_date,
    primary key (organisation_id, council_id)
);
create index organisation_council_by_council on organisation_council (council_id);

-- A person who receives care. Identity is visible only to their council and, after award, their provider.
create table person (
    id              uuid primary key default gen_random_uuid(),
    council_id      uuid not null references council (id),
    given_name      text not null,
    family_name     text not null,
    date_of_birth   date,
    nhs_number      text check (nhs_number ~ '^[0-9]{10}$'),
    address_line    text,
    postcode        text,
    language        text not null default 'en' check (language in ('en', 'cy')),
    created_at      timestamptz not null default now()
);
create index person_by_council on person (council_id);

create table app_user (
    id               uuid primary key default gen_random_uuid(),
    username         text not null unique,
    display_name     text not null,
    password_hash    text not null,
    role             text not null check (role in ('COMMISSIONER', 'PROVIDER', 'SERVICE_USER', 'CARER', 'ADMIN')),
    council_id       uuid references council (id),
    organisation_id  uuid references organisation (id),
    person_id        uuid references person (id),
    language         text not null default 'en' check (language in ('en', 'cy')),
    enabled          boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    constraint council_staff_have_council check (role not in ('COMMISSIONER', 'ADMIN') or (council_id is not null and organisation_id is not null)),
    constraint provider_staff_have_organisation check (role <> 'PROVIDER' or organisation_id is not null),
    constraint service_user_is_a_person check (role <> 'SERVICE_USER' or (person_id is not null and council_id is not null)),
    constraint carer_has_council check (role <> 'CARER' or council_id is not null)
);

-- A carer acts for a person only while the person's consent stands.
create table carer_consent (
    id            uuid primary key default gen_random_uuid(),
    carer_id      uuid not null references app_user (id),
    person_id     uuid not null references person (id),
    granted_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    recorded_by   uuid references app_user (id)
);
create unique index carer_consent_one_live_link on carer_consent (carer_id, person_id) where revoked_at is null;

-- Machine clients (NHS partner systems) authenticate with OAuth2 client credentials.
create table api_client (
    id               uuid primary key default gen_random_uuid(),
    client_id        text not null unique,
    secret_hash      text not null,
    organisation_id  uuid not null references organisation (id),
    enabled          boolean not null default true,
    created_at       timestamptz not null default now()
);

create table zone (
    id          uuid primary key default gen_random_uuid(),
    council_id  uuid not null references council (id),
    code        text not null,
    name        text not null,
    kind        text not null check (kind in ('URBAN', 'RURAL')),
    retired_on  date,
    created_at  timestamptz not null default now(),
    version     integer not null default 0,
    unique (council_id, code)
);

create table framework (
    id                      uuid primary key default gen_random_uuid(),
    council_id              uuid not null references council (id),
    name                    text not null,
    starts_on               date not null,
    initial_term_months     integer not null check (initial_term_months between 1 and 240),
    extension_months        integer not null default 0 check (extension_months between 0 and 240),
    created_at              timestamptz not null default now(),
    version                 integer not null default 0,
    unique (council_id, name)
);

create table lot (
    id                    uuid primary key default gen_random_uuid(),
    council_id            uuid not null references council (id),
    framework_id          uuid not null references framework (id),
    name                  text not null,
    kind                  text not null check (kind in ('ZONE', 'CITYWIDE')),
    zone_id               uuid references zone (id),
    service_category      text not null check (service_category in
                              ('OLDER_PEOPLE', 'PHYSICAL_DISABILITY', 'CHILDREN', 'LEARNING_DISABILITY', 'MENTAL_HEALTH', 'GENERAL')),
    min_weekly_minutes    integer check (min_weekly_minutes >= 0),
    max_weekly_minutes    integer check (max_weekly_minutes >= 0),
    price_competition     boolean not null default false,
    created_at            timestamptz not null default now(),
    version               integer not null default 0,
    unique (framework_id, name),
    constraint zone_lot_has_zone check ((kind = 'ZONE') = (zone_id is not null)),
    constraint hours_band_in_order check (min_weekly_minutes is null or max_weekly_minutes is null or min_weekly_minutes <= max_weekly_minutes)
);
create index lot_by_council on lot (council_id);

create table lot_provider (
    lot_id       uuid not null references lot (id),
    provider_id  uuid not null references organisation (id),
    tier         text not null check (tier in ('PRIMARY', 'SECONDARY', 'FRAMEWORK')),
    created_at   timestamptz not null default now(),
    primary key (lot_id, provider_id)
);
create unique index lot_provider_one_primary on lot_provider (lot_id) where tier = 'PRIMARY';
create unique index lot_provider_one_secondary on lot_provider (lot_id) where tier = 'SECONDARY';

-- A council's price schedule: the rate in force on a day is the one with the latest effective_from on or before it.
create table rate (
    id                  uuid primary key default gen_random_uuid(),
    council_id          uuid not null references council (id),
    service_type        text not null check (service_type in ('DOMICILIARY', 'SHORT_BREAKS', 'OUT_OF_HOURS', 'CHC')),
    hourly_rate_pence   integer not null check (hourly_rate_pence > 0),
    floor_pence         integer check (floor_pence > 0),
    ceiling_pence       integer check (ceiling_pence > 0),
    effective_from      date not null,
    created_at          timestamptz not null default now(),
    version             integer not null default 0,
    unique (council_id, service_type, effective_from),
    constraint rate_within_band check (
        (floor_pence is null or floor_pence <= hourly_rate_pence) and
        (ceiling_pence is null or hourly_rate_pence <= ceiling_pence))
);

-- Who did what, when, and for whom. Append-only: a trigger refuses updates and deletes.
create table audit_event (
    id                bigint generated always as identity primary key,
    occurred_at       timestamptz not null default now(),
    council_id        uuid references council (id),
    actor_id          uuid,
    actor_name        text not null,
    actor_role        text not null,
    acting_for        uuid references person (id),
    action            text not null,
    entity_type       text not null,
    entity_id         uuid,
    details           jsonb not null default '{}'::jsonb
);
create index audit_event_by_entity on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_by_council on audit_event (council_id, occurred_at);

create function refuse_change_to_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function refuse_change_to_append_only();
