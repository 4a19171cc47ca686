-- KPIs at national scale (issue #18, bench/kpis): the care commissioned now and in a period (visits under 30 minutes as
-- scheduled, delivered against commissioned) reads every awarded, suspended and ended package of the council, some 7,500
-- for a council of Bradford's size, spread over as many table pages among 150 councils' packages. This index holds what
-- those two statements read, so that they are index-only scans of one council's entries (autovacuum keeps the pages of
-- packages that no longer change marked all-visible).
create index care_package_care_now on care_package (council_id, status)
    include (id, zone_id, lot_id, urgency, awarded_provider_id, weekly_minutes, visits_per_day, visit_minutes, start_date, ended_on)
    where status in ('AWARDED', 'SUSPENDED', 'ENDED');
