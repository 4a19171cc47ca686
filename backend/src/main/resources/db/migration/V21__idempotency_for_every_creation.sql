-- One Idempotency-Key mechanism for every creating request (platform.idempotency.IdempotentRequests), not only
-- CHC placements: a key belongs to a caller (an account, or a partner organisation for its API clients) and an
-- operation; the row keeps the fingerprint of the first request and its answer. The answer holds the data of
-- one council (a booking, a package, a plan, a report), so the row is council-owned: row-level security as V11.

-- The existing CHC rows become rows of the operation that placed them, of the council of the package placed.
set local portal.across_councils = 'on';

alter table idempotency_key drop constraint idempotency_key_partner_id_fkey;
alter table idempotency_key rename column partner_id to caller_id;
alter table idempotency_key add column operation text;
alter table idempotency_key add column council_id uuid;
update idempotency_key k set operation = 'placeChcPackage', council_id = p.council_id
  from care_package p where p.id = k.package_id;
-- A key whose placement never committed has no answer to replay: nothing to keep.
delete from idempotency_key where council_id is null or response_body is null;
alter table idempotency_key drop column package_id;
alter table idempotency_key alter column operation set not null;
alter table idempotency_key alter column council_id set not null;
alter table idempotency_key alter column response_body set not null;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (caller_id, operation, key);

alter table idempotency_key enable row level security;
alter table idempotency_key force row level security;
create policy acting_councils on idempotency_key
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
