-- Organisations a council goes live with, without SQL: providers' addresses and contact e-mail (shared by every
-- council a provider is registered with; the provider's own administrator keeps them), and API client secrets
-- rotated with an overlap.
alter table organisation add column address_line text check (length(address_line) <= 200);
alter table organisation add column postcode text check (length(postcode) <= 8);
alter table organisation add column contact_email text check (length(contact_email) <= 254);

-- A client's current secret stays in api_client.secret_hash. Rotating moves it here, where it keeps working
-- until expires_at (the overlap a partner has to switch over), and not after. Not council-owned (like
-- api_client): read at /oauth/token before any council is known, so no row-level security.
create table api_client_previous_secret (
    id             uuid primary key default gen_random_uuid(),
    api_client_id  uuid not null references api_client (id),
    secret_hash    text not null,
    expires_at     timestamptz not null,
    created_at     timestamptz not null
);
create index api_client_previous_secret_by_client on api_client_previous_secret (api_client_id, expires_at);
