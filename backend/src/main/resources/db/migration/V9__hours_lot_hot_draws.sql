-- Every booking draws from a lot: an update of remaining_minutes. With remaining_minutes in the predicates of
-- hours_lot_usable and hours_lot_expiring, PostgreSQL could make no such update HOT: each one wrote a new entry
-- in all four indexes of hours_lot and left a dead version of the lot behind for the next booking to step over.
-- Indexed on "not expired" instead (changed once, when the lot expires), draws are HOT updates; the queries still
-- filter remaining_minutes > 0 themselves, and a person has at most four unexpired lots.
drop index hours_lot_usable;
drop index hours_lot_expiring;
create index hours_lot_usable on hours_lot (person_id, expires_after) where not expired;
create index hours_lot_expiring on hours_lot (expires_after) where not expired;
-- Room on each page for the new version of a lot, which a HOT update needs.
alter table hours_lot set (fillfactor = 50);
