-- The warehouse's waves: a wave gathers the open in-house shipments (pack page) not yet in a wave,
-- for one picking list. A shipment is in at most one wave (the primary key), so two clerks starting
-- a wave at once never pick the same delivery note twice.
create table if not exists shipping_wave (
    wave_id          bigserial    primary key,
    wave_no          varchar(20)  not null unique,
    started_at       timestamptz  not null,
    started_by       varchar(120) not null
);

create table if not exists shipping_wave_shipment (
    shipment_id      integer      primary key,
    wave_id          bigint       not null references shipping_wave (wave_id),
    order_id         bigint       not null references catura_order (order_id)
);
create index if not exists shipping_wave_shipment_wave on shipping_wave_shipment (wave_id);
