-- A partner hears only of packages in councils it still serves: once its contract with a council ends,
-- no more webhooks go out for that council's packages (the feed filters the same way).
create or replace function enqueue_webhook_deliveries() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (subscription_id, event_id)
    select s.id, e.id
      from new_events e
      join webhook_subscription s on s.partner_id = e.partner_id and s.active
     where exists (select 1 from organisation_council oc
                    where oc.organisation_id = e.partner_id and oc.council_id = e.council_id
                      and (oc.until is null or oc.until > (now() at time zone 'Europe/London')::date))
     order by e.id;
    return null;
end $$;
