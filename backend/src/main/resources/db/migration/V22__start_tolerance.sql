-- How many days after a package's requested start a provider may propose to start it (a council's brokerage setting).
alter table brokerage_policy
    add column start_tolerance_days integer not null default 14 check (start_tolerance_days between 0 and 90);
