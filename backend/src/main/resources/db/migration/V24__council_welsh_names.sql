-- A council's name in Welsh, where it has one (Bridgend: Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr). Pages and
-- statements in Welsh show it; everywhere else, and where a council has none, its name is shown.
alter table council
    add column name_cy text check (name_cy is null or length(btrim(name_cy)) between 1 and 200);
