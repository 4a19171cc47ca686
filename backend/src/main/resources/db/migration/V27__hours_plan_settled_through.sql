-- A booking credits its person's weeks and expires their lots only when that can change something: when a week has
-- begun since the plan was last settled. Every lot is credited on a Monday (plans start on a Monday, lots are
-- weekly) and expires after a Sunday (expires_after = week_starts + 27), so what crediting and expiry would do is
-- the same all week: settling once a week, at the first booking (or the hours bank's tick) after Monday begins,
-- does all they would do. settled_through is the Monday of the week the plan was last settled for, set under the
-- plan's row lock (the lock every booking takes) only once its lots are all credited and expired for that week.
--
-- Back-fill: null, "not known to be settled", for every plan. A migration cannot tell which week the portal's clock
-- is in; each plan's first booking (or the next tick) settles it, as every booking did before, and sets the Monday.
alter table hours_plan add column settled_through date check (settled_through is null or extract(isodow from settled_through) = 1);

comment on column hours_plan.settled_through is
    'Monday of the last week whose lots were all credited and expired for this plan; bookings skip crediting and expiry while it is this week''s Monday';
