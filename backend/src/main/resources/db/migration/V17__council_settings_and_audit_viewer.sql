-- A council's settings in one place, and the audit viewer's filters.

-- Whether the council's staff must sign in with a second factor (another branch adds it the same way and enforces it).
alter table council add column if not exists mfa_required boolean not null default false;

-- The council's default language, the display name of the From address of its e-mails (none: the address alone),
-- and the version of its settings as a whole (the brokerage policy included), for optimistic concurrency.
alter table council add column if not exists language text not null default 'en' check (language in ('en', 'cy'));
alter table council add column if not exists email_sender_name text
    check (email_sender_name is null or (length(email_sender_name) between 1 and 70 and email_sender_name !~ '[\r\n"<>]'));
alter table council add column if not exists settings_version integer not null default 0;

-- The audit viewer filters a council's events by action, by who acted and by the person acted for, newest first;
-- by package and person record the existing (entity_type, entity_id, occurred_at) index serves.
create index audit_event_by_council_action on audit_event (council_id, action, occurred_at);
create index audit_event_by_council_actor on audit_event (council_id, lower(actor_name), occurred_at);
create index audit_event_by_acting_for on audit_event (acting_for, occurred_at) where acting_for is not null;
