-- Equality monitoring (issue #18, item 4; docs/equality.md): a person's optional protected characteristics, recorded by
-- the council's commissioners with the consent of the person (or of their representative, noted), and erased when the
-- consent is withdrawn. One row per person who consented; no row: nothing recorded (the report's UNKNOWN).
--
-- answers holds only the questions answered, each as its code (EqualityAnswers: e.g. {"sex": "FEMALE",
-- "welshSpeaker": "PREFER_NOT_TO_SAY"}); the application checks the codes. Never shown to providers: no provider-facing
-- statement reads this table, and its row-level security keeps it to the person's council.
--
-- Urban or rural: zone.kind (V1) already says which each zone is, and the demo's zones carry sensible values (Coventry's
-- all urban, Bradford's Wharfedale and Worth Valley rural, and so on), so no new flag is needed.

create table equality_profile (
    person_id     uuid primary key references person (id),
    council_id    uuid not null references council (id),
    answers       jsonb not null default '{}' check (jsonb_typeof(answers) = 'object'),
    consent_from  text not null check (consent_from in ('PERSON', 'REPRESENTATIVE')),
    consented_on  date not null,
    recorded_by   uuid references app_user (id),
    recorded_at   timestamptz not null,
    version       integer not null default 1
);
create index equality_profile_by_council on equality_profile (council_id);

alter table equality_profile enable row level security;
alter table equality_profile force row level security;
create policy acting_councils on equality_profile
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));
