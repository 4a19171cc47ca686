-- Two more kinds of account, for a council to go live without SQL:
--   PLATFORM_ADMIN  runs the installation (creates councils and their first administrator, registers NHS
--                   partners); belongs to no council, organisation or person.
--   PROVIDER_ADMIN  a provider organisation's own administrator (its staff accounts and details).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('COMMISSIONER', 'PROVIDER', 'SERVICE_USER', 'CARER', 'ADMIN', 'PLATFORM_ADMIN', 'PROVIDER_ADMIN'));
alter table app_user add constraint provider_admins_have_organisation
    check (role <> 'PROVIDER_ADMIN' or (organisation_id is not null and council_id is null and person_id is null));
alter table app_user add constraint platform_admins_belong_to_no_one
    check (role <> 'PLATFORM_ADMIN' or (organisation_id is null and council_id is null and person_id is null));
