-- A provider's staff are told when a commissioner rejects one of its compliance documents (docs/compliance-documents.md):
-- a notification kind of its own.
select portal.allow_notification_kind('COMPLIANCE_DECISION');
