-- A partner's own identifier of a CHC request (ServiceRequest.identifier, or partnerReference in the JSON API)
-- is a natural key: one package per partner and identifier, whatever Idempotency-Key a retry comes with.
-- Like idempotency_key, a partner's own requests, always read by the partner's id: not council-owned, and kept
-- for as long as the package (retention does not remove these).
create table partner_request (
    partner_id    uuid not null references organisation (id),
    reference     text not null check (length(reference) between 1 and 200),
    -- The hash of the first request's body; null for packages placed before this table, whose bodies are unknown.
    request_hash  text,
    package_id    uuid,
    created_at    timestamptz not null default now(),
    primary key (partner_id, reference)
);

-- Packages placed before: the first package of each partner and identifier keeps it.
set local portal.across_councils = 'on';
insert into partner_request (partner_id, reference, package_id, created_at)
select distinct on (placed_by, partner_reference) placed_by, partner_reference, id, created_at
  from care_package
 where placed_by is not null and partner_reference is not null
 order by placed_by, partner_reference, created_at, id
on conflict do nothing;

-- A provider whose offer closed because the package was awarded to another (or withdrawn) is told.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW', 'HOURS_PLAN_ENDED', 'OFFER_CLOSED'));
