-- Day-by-day requirements: the week's visits of a package (day, part of the day, length, one carer or two), and needs
-- that decide which provider can take it on; a provider says which of them it can meet when it answers an offer.

create table package_visit (
    package_id     uuid not null references care_package (id),
    council_id     uuid not null,
    day_of_week    smallint not null check (day_of_week between 1 and 7),
    time_of_day    text not null check (time_of_day in ('MORNING', 'LUNCHTIME', 'TEATIME', 'EVENING', 'NIGHT')),
    minutes        integer not null check (minutes between 1 and 720),
    double_handed  boolean not null,
    primary key (package_id, day_of_week, time_of_day)
);
create trigger package_visit_council before insert on package_visit
    for each row execute function portal.council_of_package();
alter table package_visit enable row level security;
alter table package_visit force row level security;
create policy acting_councils on package_visit
    using ((select portal.across_councils()) or council_id = any ((select portal.acting_councils())::uuid[]));

alter table care_package add column matching_needs text[] not null default '{}'
    check (matching_needs <@ array['WELSH_SPEAKING_CARER', 'FEMALE_CARER', 'MALE_CARER', 'DRIVER']);
alter table offer add column needs_met text[] not null default '{}'
    check (needs_met <@ array['WELSH_SPEAKING_CARER', 'FEMALE_CARER', 'MALE_CARER', 'DRIVER']);
