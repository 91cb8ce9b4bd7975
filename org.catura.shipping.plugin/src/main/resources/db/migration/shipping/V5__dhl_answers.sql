-- DHL Parcel DE has no idempotency key: a second POST for a shipment is a second DHL shipment
-- (and a second bill). The DHL sink keeps each created shipment's answer here, committed the
-- moment it arrives, until the confirmation from it is recorded; a resend after a crash or a
-- refused confirmation records from the kept answer instead of asking DHL again.
create table if not exists shipping_dhl_answer (
    shipment_id      integer      primary key,
    reference        varchar(35)  not null,
    carrier          varchar(40)  not null,
    received_at      timestamptz  not null,
    http_status      integer      not null,
    body             text         not null
);
