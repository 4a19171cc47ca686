-- Key performance indicators (kpis.KpiQueries, docs/kpis.md): a council's packages published in a period, and the offers
-- declined in it, are read by when they happened. Awards and hand-backs come from audit_event, whose (council_id, action,
-- occurred_at) index serves them; visit actuals by (council_id, visit_date); capacity reports by their unique key.
create index care_package_published on care_package (council_id, published_at) where published_at is not null;
create index offer_declined on offer (responded_at) where response = 'DECLINED';
