-- When the outbox gave up on a message, and who sent it back to be sent again.
alter table catura_outbox add column parked_at  timestamptz;
alter table catura_outbox add column retried_at timestamptz;
alter table catura_outbox add column retried_by varchar(120);
update catura_outbox set parked_at = next_attempt_at where parked;
create index catura_outbox_parked_idx on catura_outbox (message_id) where parked and sent_at is null;
