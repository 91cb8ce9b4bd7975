-- Tickets in the manner of iDempiere requests (R_Request), linked to an order and its business partner.
create table catura_ticket (
    ticket_id        bigserial primary key,
    type             varchar(40)  not null check (type in ('MANUAL_QUEUE', 'STATION_ERROR',
                                     'NO_SHIPPING_CONFIRMATION', 'CANCEL_AFTER_SHIPPING', 'OTHER')),
    status           varchar(20)  not null default 'OPEN'
                                  check (status in ('OPEN', 'IN_PROGRESS', 'WAITING', 'CLOSED')),
    priority         varchar(10)  not null check (priority in ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
    summary          varchar(500) not null,
    detail           text,
    order_id         bigint       references catura_order (order_id),
    bpartner_id      integer,
    assignee         varchar(120),
    due_at           timestamptz,
    created_at       timestamptz  not null default now(),
    created_by       varchar(120) not null,
    updated_at       timestamptz  not null default now(),
    closed_at        timestamptz,
    escalations      integer      not null default 0,
    -- The due date the last escalation was for: a missed due date escalates once, a new one again.
    escalated_due_at timestamptz
);
-- One open ticket per order and type, across nodes: openers insert with ON CONFLICT on this index.
create unique index catura_ticket_open_uq on catura_ticket (order_id, type)
    where status <> 'CLOSED' and order_id is not null;
create index catura_ticket_order_idx on catura_ticket (order_id);
create index catura_ticket_due_idx on catura_ticket (due_at) where status <> 'CLOSED';

-- The history of a ticket (R_RequestAction and R_RequestUpdate in one): who, when, what changed, comment.
create table catura_ticket_action (
    action_id   bigserial primary key,
    ticket_id   bigint       not null references catura_ticket (ticket_id),
    at          timestamptz  not null default clock_timestamp(),
    who         varchar(120) not null,
    kind        varchar(30)  not null,
    field       varchar(60),
    old_value   text,
    new_value   text,
    comment     text
);
create index catura_ticket_action_ticket_idx on catura_ticket_action (ticket_id, action_id);

-- A clerk's hold on a queued order; the primary key makes a claim atomic.
create table catura_ticket_claim (
    order_id    bigint       primary key references catura_order (order_id),
    holder      varchar(120) not null,
    claimed_at  timestamptz  not null default now()
);
