-- A provider's staff are told when a commissioner rejects one of its compliance documents (docs/compliance-documents.md):
-- a notification kind of its own. The kinds' check is extended in place, whatever kinds earlier migrations listed (as V36).
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
            || replace(definition, '::text])', '::text, ''COMPLIANCE_DECISION''::text])');
end $$;
