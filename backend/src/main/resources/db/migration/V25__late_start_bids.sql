-- A bid may propose a start later than the council's start tolerance (up to 90 days after the requested start):
-- how many days later, as it was when the bid was made; null within the tolerance. Awarding the bid accepts it.
alter table offer add column late_start_days integer check (late_start_days > 0);

-- The provider whose later start the commissioner accepted, by awarding its bid, is told.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('OFFER_MADE', 'OFFER_LAPSING', 'PACKAGE_UNALLOCATED', 'PACKAGE_REVIEW', 'HOURS_PLAN_ENDED', 'OFFER_CLOSED',
                    'OFFER_WON'));
