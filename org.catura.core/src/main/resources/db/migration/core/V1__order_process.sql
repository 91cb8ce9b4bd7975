-- The channel-neutral order, stored once per channel and external id, and its durable process.
create table catura_order (
    order_id        bigserial primary key,
    channel         varchar(60)  not null,
    external_id     varchar(120) not null,
    order_json      jsonb        not null,
    raw_json        text,
    received_at     timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint catura_order_channel_external_uq unique (channel, external_id)
);

create table catura_process (
    order_id        bigint primary key references catura_order (order_id),
    state           varchar(40)  not null,
    attempts        integer      not null default 0,
    last_error      text,
    next_attempt_at timestamptz  not null default now(),
    parked          boolean      not null default false,
    lease_owner     varchar(120),
    lease_until     timestamptz,
    bpartner_id     integer,
    sales_order_id  integer,
    shipment_id     integer,
    invoice_id      integer,
    payment_id      integer,
    updated_at      timestamptz  not null default now()
);
-- Stations claim by state and due time.
create index catura_process_due_idx on catura_process (state, next_attempt_at) where not parked;

create table catura_process_event (
    event_id        bigserial primary key,
    order_id        bigint       not null references catura_order (order_id),
    at              timestamptz  not null default clock_timestamp(),
    station         varchar(60)  not null,
    from_state      varchar(40),
    to_state        varchar(40),
    message         text
);
create index catura_process_event_order_idx on catura_process_event (order_id, event_id);

-- Outside effects, written in the transaction that decided them.
create table catura_outbox (
    message_id      bigserial primary key,
    topic           varchar(80)  not null,
    idempotency_key varchar(200) not null unique,
    payload         text         not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      text,
    parked          boolean      not null default false,
    lease_owner     varchar(120),
    lease_until     timestamptz,
    sent_at         timestamptz
);
create index catura_outbox_due_idx on catura_outbox (next_attempt_at) where sent_at is null and not parked;

-- How the customer of an order was found or created, and why.
create table catura_order_customer (
    order_id         bigint primary key references catura_order (order_id),
    bpartner_id      integer      not null,
    ship_location_id integer      not null,
    bill_location_id integer      not null,
    contact_id       integer      not null,
    match_rule       varchar(40)  not null,
    reason           text         not null,
    created_at       timestamptz  not null default now()
);

-- Problems a station found in an order that a person has to look at (unknown SKU, say).
create table catura_order_issue (
    issue_id    bigserial primary key,
    order_id    bigint       not null references catura_order (order_id),
    code        varchar(60)  not null,
    detail      text         not null,
    station     varchar(60)  not null,
    resolved    boolean      not null default false,
    created_at  timestamptz  not null default now()
);
create index catura_order_issue_order_idx on catura_order_issue (order_id) where not resolved;
