-- One person per NHS number within a council. Drafting a package used to insert a person every time,
-- so the same NHS number appeared once per package. The person register (person.PersonRegister) now
-- finds the person by (council, NHS number) first; this merges the duplicates already made and then
-- has the database refuse new ones. A person without an NHS number cannot be matched and is left alone.

-- The merge touches every council's people: as V11 asks of a data migration, it works across councils
-- (row-level security is forced, so an owner that is not a superuser would otherwise see no rows).
set local portal.across_councils = 'on';

-- Corrections through PUT /api/people/{id} send the version they loaded.
alter table person add column version integer not null default 0;

-- Merges each group of people of one council sharing an NHS number into its oldest record (created
-- first; the lowest id breaks a tie) and answers how many records it removed. Every foreign key to
-- person is found in the catalog when it runs, so a reference added by a later migration is repointed
-- too, and nothing that named a duplicate is lost: packages, plans, lots, bookings, ledger entries,
-- consents, users' person links, and audit entries (acting for, about the person, or naming its id in
-- their details). The append-only tables are rewritten only here, and each merge is itself audited
-- with the ids it removed. The survivor keeps its names and date of birth (filled in if it had none)
-- and takes the newest address, as the register does when a later package brings one.
-- p_at stamps the merge's audit entries and any consent it ends: the migration passes now(), a test its
-- clock. Two hours plans in one group are not guessed at: the merge refuses, and so the migration fails.
create function merge_people_sharing_an_nhs_number(p_at timestamptz) returns integer language plpgsql as $$
declare
    duplicates uuid[];
    survivors uuid[];
    clash text;
    item record;
begin
    select coalesce(array_agg(id order by id), '{}'), coalesce(array_agg(survivor order by id), '{}')
      into duplicates, survivors
      from (select id, first_value(id) over (partition by council_id, nhs_number order by created_at, id) as survivor
              from person
             where nhs_number is not null) ranked
     where id <> survivor;
    if cardinality(duplicates) = 0 then
        return 0;
    end if;

    -- Two flexible-hours plans for one person cannot become one without deciding whose hours and
    -- provider stand (the plan row is what bookings lock): refuse, naming the kept records, merge nothing.
    select string_agg(survivor::text, ', ' order by survivor) into clash
      from (select g.survivor
              from hours_plan hp
              join (select m.survivor, m.duplicate as member from unnest(duplicates, survivors) as m(duplicate, survivor)
                    union
                    select s, s from unnest(survivors) as s) g on g.member = hp.person_id
             group by g.survivor
            having count(*) > 1) clashing;
    if clash is not null then
        raise exception 'People sharing an NHS number have more than one flexible-hours plan between them (kept records: %); '
            'leave one plan per person before merging.', clash;
    end if;

    -- A carer linked to two of the records keeps one live link: the survivor's.
    update carer_consent cc
       set revoked_at = p_at
      from unnest(duplicates, survivors) as m(duplicate, survivor)
     where cc.person_id = m.duplicate and cc.revoked_at is null
       and exists (select 1 from carer_consent kept
                    where kept.person_id = m.survivor and kept.carer_id = cc.carer_id and kept.revoked_at is null);

    update person kept
       set date_of_birth = coalesce(kept.date_of_birth, newest.date_of_birth),
           address_line = coalesce(newest.address_line, kept.address_line),
           postcode = coalesce(newest.postcode, kept.postcode),
           version = kept.version + 1
      from (select distinct on (m.survivor) m.survivor, p.date_of_birth, p.address_line, p.postcode
              from unnest(duplicates, survivors) as m(duplicate, survivor)
              join person p on p.id = m.duplicate
             order by m.survivor, p.postcode is null, p.created_at desc, p.id desc) newest
     where kept.id = newest.survivor;

    for item in select t.tgrelid::regclass as target, t.tgname as name from pg_trigger t
                 where t.tgfoid = 'refuse_change_to_append_only'::regproc and not t.tgisinternal
    loop
        execute format('alter table %s disable trigger %I', item.target, item.name);
    end loop;

    for item in select c.conrelid::regclass as target, a.attname as name
                  from pg_constraint c
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and c.confrelid = 'person'::regclass and cardinality(c.conkey) = 1
    loop
        execute format('update %1$s set %2$I = m.survivor from unnest($1, $2) as m(duplicate, survivor) where %1$s.%2$I = m.duplicate',
                       item.target, item.name)
          using duplicates, survivors;
    end loop;

    update audit_event e
       set entity_id = m.survivor
      from unnest(duplicates, survivors) as m(duplicate, survivor)
     where e.entity_type = 'person' and e.entity_id = m.duplicate;
    for item in select e.id, m.duplicate, m.survivor
                  from audit_event e
                 cross join lateral regexp_matches(e.details::text, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g') as found(ids)
                  join unnest(duplicates, survivors) as m(duplicate, survivor) on m.duplicate::text = found.ids[1]
    loop
        update audit_event set details = replace(details::text, item.duplicate::text, item.survivor::text)::jsonb where id = item.id;
    end loop;

    for item in select t.tgrelid::regclass as target, t.tgname as name from pg_trigger t
                 where t.tgfoid = 'refuse_change_to_append_only'::regproc and not t.tgisinternal
    loop
        execute format('alter table %s enable trigger %I', item.target, item.name);
    end loop;

    insert into audit_event (occurred_at, council_id, actor_name, actor_role, action, entity_type, entity_id, details)
    select p_at, p.council_id, 'person register', 'SYSTEM', 'PERSON_MERGED', 'person', m.survivor,
           jsonb_build_object('merged', jsonb_agg(m.duplicate order by m.duplicate), 'why', 'one person per NHS number in a council')
      from unnest(duplicates, survivors) as m(duplicate, survivor)
      join person p on p.id = m.survivor
     group by p.council_id, m.survivor;

    delete from person where id = any(duplicates);
    return cardinality(duplicates);
end $$;

select merge_people_sharing_an_nhs_number(now());

create unique index person_one_per_nhs_number on person (council_id, nhs_number) where nhs_number is not null;

-- The register's list: a council's people by family name, given name and id, a page at a time.
create index person_register on person (council_id, family_name, given_name, id);
