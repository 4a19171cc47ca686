-- Brokerage: care packages, the offer cascade, bids, awards and hand-backs.

create table brokerage_policy (
    council_id               uuid primary key references council (id),
    primary_window_minutes   integer not null default 1440 check (primary_window_minutes between 5 and 20160),
    secondary_window_minutes integer not null default 1440 check (secondary_window_minutes between 5 and 20160),
    open_window_minutes      integer not null default 2880 check (open_window_minutes between 5 and 20160),
    open_stage_rule          text not null default 'COMMISSIONER_AWARDS' check (open_stage_rule in ('COMMISSIONER_AWARDS', 'FIRST_TO_ACCEPT')),
    hand_back_notice_days    integer not null default 14 check (hand_back_notice_days between 0 and 90)
);
insert into brokerage_policy (council_id) select id from council;

create sequence package_number;

create table care_package (
    id                   uuid primary key default gen_random_uuid(),
    council_id           uuid not null references council (id),
    reference            text not null unique,
    person_id            uuid not null references person (id),
    zone_id              uuid not null references zone (id),
    lot_id               uuid not null references lot (id),
    funding              text not null check (funding in ('COUNCIL', 'NHS_CHC')),
    weekly_minutes       integer not null check (weekly_minutes > 0),
    visits_per_day       integer not null check (visits_per_day between 1 and 8),
    visit_minutes        integer not null check (visit_minutes > 0),
    times_of_day         text not null,
    out_of_hours         boolean not null,
    double_handed        boolean not null,
    start_date           date not null,
    needs_summary        text not null,
    postcode_district    text not null,
    status               text not null default 'DRAFT'
                         check (status in ('DRAFT', 'PRIMARY', 'SECONDARY', 'OPEN', 'REVIEW', 'UNALLOCATED', 'AWARDED', 'CANCELLED')),
    round                integer not null default 0,
    stage_started_at     timestamptz,
    stage_ends_at        timestamptz,
    published_at         timestamptz,
    awarded_provider_id  uuid references organisation (id),
    awarded_at           timestamptz,
    hand_back_on         date,
    created_at           timestamptz not null default now(),
    version              integer not null default 0,
    constraint awarded_has_provider check ((status = 'AWARDED') = (awarded_provider_id is not null))
);
create index care_package_board on care_package (council_id, status);
create index care_package_lapsing on care_package (stage_ends_at) where status in ('PRIMARY', 'SECONDARY', 'OPEN');
create index care_package_hand_backs on care_package (hand_back_on) where hand_back_on is not null;

create table offer (
    id              uuid primary key default gen_random_uuid(),
    package_id      uuid not null references care_package (id),
    round           integer not null,
    provider_id     uuid not null references organisation (id),
    stage           text not null check (stage in ('PRIMARY', 'SECONDARY', 'OPEN')),
    offered_at      timestamptz not null,
    window_ends_at  timestamptz,
    response        text not null default 'PENDING'
                    check (response in ('PENDING', 'ACCEPTED', 'DECLINED', 'LAPSED', 'BID', 'WON', 'LOST', 'CLOSED')),
    decline_reason  text check (decline_reason in ('NO_CAPACITY', 'GEOGRAPHY', 'SKILL_MIX', 'OTHER')),
    decline_note    text,
    proposed_start  date,
    bid_rate_pence  integer check (bid_rate_pence > 0),
    responded_at    timestamptz,
    responded_by    uuid references app_user (id),
    notified_at     timestamptz,
    reminded_at     timestamptz,
    unique (package_id, round, stage, provider_id)
);
-- The backstop for "awarded exactly once": one winning offer per package and round.
create unique index offer_one_winner on offer (package_id, round) where response = 'WON';
create index offer_inbox on offer (provider_id, response);
create index offer_by_package on offer (package_id, round);
create index offer_unnotified on offer (offered_at) where notified_at is null;

-- The first stage at or after p_from that has a provider to offer to on the lot; null when none is left.
create function first_stage_with_provider(p_lot uuid, p_from text) returns text language sql stable as $$
    select stage from (values (1, 'PRIMARY'), (2, 'SECONDARY'), (3, 'OPEN')) as s(position, stage)
     where position >= case p_from when 'PRIMARY' then 1 when 'SECONDARY' then 2 else 3 end
       and exists (select 1 from lot_provider lp
                    where lp.lot_id = p_lot and (s.stage = 'OPEN' or lp.tier = s.stage))
     order by position
     limit 1
$$;
