-- Scoring bids in the OPEN stage (#17 item 4, docs/scoring.md): a council's weights per lot for the four parts of a bid's
-- score, in whole percentages summing to 100. A lot without a row is scored by the portal's default (40/40/10/10).

create table scoring_weights (
    lot_id                uuid primary key references lot (id),
    council_id            uuid not null references council (id),
    price_percent         integer not null check (price_percent between 0 and 100),
    quality_percent       integer not null check (quality_percent between 0 and 100),
    performance_percent   integer not null check (performance_percent between 0 and 100),
    continuity_percent    integer not null check (continuity_percent between 0 and 100),
    changed_at            timestamptz not null,
    changed_by            uuid not null references app_user (id),
    version               integer not null default 0,
    constraint scoring_weights_sum_to_100 check (price_percent + quality_percent + performance_percent + continuity_percent = 100)
);
create index scoring_weights_by_council on scoring_weights (council_id);

-- Council-owned: row-level security as V11 (and V35).
alter table scoring_weights enable row level security;
alter table scoring_weights force row level security;
create policy acting_councils on scoring_weights
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

-- The scorecard's and the scores' hand-backs are read by provider and time: audit events of care packages by action
-- and time are already indexed (V38); offers answered by provider are served by offer_inbox (V2).
