-- The ticket (org.catura.ticket) a person works on for an open import error: one per error, not one
-- per attempt; null until it is opened (the ticket service was away, or the error is older than tickets).
alter table amazon_import_error add column ticket_id bigint;
