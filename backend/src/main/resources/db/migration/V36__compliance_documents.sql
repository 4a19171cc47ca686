-- Compliance records per provider (issue #17, item 1; docs/compliance-documents.md): the documents a provider keeps
-- current (insurance, DBS policy, training matrix, business continuity plan, data security toolkit), each with its
-- file, an expiry date and the councils' verification; the councils' contract monitoring visits with their findings
-- and actions; and the reminders sent before a document expires, each once.
--
-- compliance_document is the provider's, not a council's: it has no council_id. Its own policy lets a row be seen and
-- written only by the provider's staff (the acting organisation is the provider), by the staff of a council the
-- provider holds a contract with (the acting organisation is that council's; organisation_council is itself
-- council-owned, so only the acting council's contracts are found), or across councils (the reminders' job).
-- monitoring_visit and monitoring_action are council-owned (row-level security as in V11).

create table compliance_document (
    id                uuid primary key default gen_random_uuid(),
    provider_id       uuid not null references organisation (id),
    type              text not null check (type in ('PUBLIC_LIABILITY_INSURANCE', 'EMPLOYERS_LIABILITY_INSURANCE', 'DBS_POLICY',
                                                    'TRAINING_MATRIX', 'BUSINESS_CONTINUITY_PLAN', 'DATA_SECURITY_TOOLKIT')),
    expires_on        date,
    file_name         text not null check (char_length(file_name) between 1 and 120),
    media_type        text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes        integer not null check (size_bytes between 1 and 5242880),
    sha256            text not null,
    content           bytea not null,
    status            text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'VERIFIED', 'REJECTED')),
    uploaded_by       uuid not null references app_user (id),
    uploaded_at       timestamptz not null,
    decided_by        uuid references app_user (id),
    decided_council   uuid references council (id),
    decided_at        timestamptz,
    rejection_reason  text check (char_length(rejection_reason) between 1 and 500),
    -- A newer upload of the same type supersedes this one; superseded documents are kept as history.
    superseded_by     uuid references compliance_document (id) deferrable initially deferred,
    superseded_at     timestamptz,
    constraint compliance_document_size_matches check (octet_length(content) = size_bytes),
    constraint compliance_document_insurance_expires check (
        type not in ('PUBLIC_LIABILITY_INSURANCE', 'EMPLOYERS_LIABILITY_INSURANCE', 'DATA_SECURITY_TOOLKIT') or expires_on is not null),
    constraint compliance_document_decided check ((status = 'SUBMITTED') = (decided_at is null)),
    constraint compliance_document_rejected_has_reason check ((status = 'REJECTED') = (rejection_reason is not null)),
    constraint compliance_document_superseded check ((superseded_by is null) = (superseded_at is null))
);
-- One current document of each type per provider.
create unique index compliance_document_current on compliance_document (provider_id, type) where superseded_by is null;
create index compliance_document_history on compliance_document (provider_id, type, uploaded_at desc);
-- The reminders' job looks for current documents expiring soon.
create index compliance_document_expiring on compliance_document (expires_on) where superseded_by is null and expires_on is not null;

-- Whether the acting organisation may see a provider's compliance documents: the provider itself, or a council the
-- provider holds a contract with. organisation_council's own policy keeps the look-up to the acting councils.
create function portal.may_see_provider(provider uuid) returns boolean language sql stable parallel safe as $$
    select provider = (select portal.acting_organisation())
        or exists (select 1 from organisation o join organisation_council oc on oc.council_id = o.council_id
                    where o.id = (select portal.acting_organisation()) and o.kind = 'COUNCIL' and oc.organisation_id = provider)
$$;

alter table compliance_document enable row level security;
alter table compliance_document force row level security;
create policy provider_and_its_councils on compliance_document
    using ((select portal.across_councils()) or portal.may_see_provider(provider_id));

-- Each reminder of a document is sent once: 30 days before it expires, 7 days before, and on the day it expires.
create table compliance_reminder (
    document_id  uuid not null references compliance_document (id),
    stage        text not null check (stage in ('DAYS_30', 'DAYS_7', 'EXPIRED')),
    sent_at      timestamptz not null,
    primary key (document_id, stage)
);
alter table compliance_reminder enable row level security;
alter table compliance_reminder force row level security;
create policy provider_and_its_councils on compliance_reminder
    using ((select portal.across_councils())
           or exists (select 1 from compliance_document d where d.id = document_id));

-- A council's contract monitoring visit to a provider, with its findings and the actions it asked for.
create table monitoring_visit (
    id            uuid primary key default gen_random_uuid(),
    council_id    uuid not null references council (id),
    provider_id   uuid not null references organisation (id),
    visited_on    date not null,
    findings      text not null check (char_length(findings) between 1 and 4000),
    recorded_by   uuid not null references app_user (id),
    recorded_at   timestamptz not null
);
create index monitoring_visit_by_provider on monitoring_visit (provider_id, visited_on desc);
create index monitoring_visit_by_council on monitoring_visit (council_id, provider_id, visited_on desc);

create table monitoring_action (
    id            uuid primary key default gen_random_uuid(),
    visit_id      uuid not null references monitoring_visit (id),
    council_id    uuid not null references council (id),
    number        integer not null check (number between 1 and 20),
    description   text not null check (char_length(description) between 1 and 500),
    due_on        date not null,
    status        text not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    done_note     text check (char_length(done_note) between 1 and 1000),
    done_by       uuid references app_user (id),
    done_at       timestamptz,
    unique (visit_id, number),
    constraint monitoring_action_done check ((status = 'DONE') = (done_at is not null and done_note is not null))
);

do $$
declare
    t text;
begin
    foreach t in array array['monitoring_visit', 'monitoring_action'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format($p$create policy acting_councils on %I
                           using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]))$p$, t);
    end loop;
end $$;

-- Reminders go to a provider's staff, about no council: such a notification (council_id null) is seen by its
-- organisation's staff, as well as across councils (V11's policy). Inbox still reads only the user's own.
create policy own_organisation on notification
    using (council_id is null
           and user_id in (select u.id from app_user u where u.organisation_id = (select portal.acting_organisation())));

-- The kinds' check is extended in place, whatever kinds earlier migrations listed (as V33).
do $$
declare
    definition text;
begin
    select pg_get_constraintdef(oid) into strict definition from pg_constraint
     where conrelid = 'notification'::regclass and conname = 'notification_kind_check';
    if position('::text])' in definition) = 0 then
        raise exception 'unexpected notification_kind_check: %', definition;
    end if;
    execute 'alter table notification drop constraint notification_kind_check';
    execute 'alter table notification add constraint notification_kind_check '
            || replace(definition, '::text])', '::text, ''COMPLIANCE_EXPIRY''::text])');
end $$;
