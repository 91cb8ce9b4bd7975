-- Amazon channels: one row per seller account and region. Secrets are stored sealed (Secrets.seal,
-- AES-GCM with a key kept outside the database), never in plain text.
create table amazon_channel (
    name                    varchar(64)  primary key,
    seller_id               varchar(64)  not null,
    endpoint                varchar(500) not null,
    token_url               varchar(500) not null,
    marketplace_ids         varchar(500) not null,
    client_id               varchar(200) not null,
    client_secret_sealed    text,
    refresh_token_sealed    text,
    import_interval_seconds bigint       not null,
    overlap_minutes         int          not null,
    time_compression        double precision not null default 1,
    sync_enabled            boolean      not null default false,
    import_since            timestamptz,
    version                 bigint       not null default 1,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);

-- The channel's watermark row and the progress of its open window. Every page transaction locks
-- this row (FOR UPDATE) and checks the version it read, so two runs never both commit a page.
create table amazon_import_state (
    channel      varchar(64) primary key references amazon_channel (name) on delete cascade,
    watermark    timestamptz,
    window_from  timestamptz,
    window_to    timestamptz,
    page_token   text,
    pages_done   int         not null default 0,
    run_id       bigint,
    version      bigint      not null default 0,
    updated_at   timestamptz not null default now()
);

create table amazon_import_run (
    run_id      bigserial   primary key,
    channel     varchar(64) not null,
    kind        varchar(16) not null,
    outcome     varchar(16) not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    window_from timestamptz,
    window_to   timestamptz,
    pages       int         not null default 0,
    api_calls   bigint      not null default 0,
    orders_seen int         not null default 0,
    created     int         not null default 0,
    updated     int         not null default 0,
    unchanged   int         not null default 0,
    skipped     int         not null default 0,
    failed      int         not null default 0,
    throttled   bigint      not null default 0,
    watermark   timestamptz,
    message     text
);
create index amazon_import_run_channel on amazon_import_run (channel, run_id desc);

-- Orders the import could not take in. An OPEN error holds the channel's watermark at holds_at.
create table amazon_import_error (
    error_id              bigserial   primary key,
    channel               varchar(64) not null,
    amazon_order_id       varchar(100) not null,
    status                varchar(16) not null default 'OPEN',
    message               text        not null,
    order_last_updated_at timestamptz,
    holds_at              timestamptz not null,
    raw_json              text,
    raw_hash              varchar(64),
    run_id                bigint,
    attempts              int         not null default 1,
    first_seen_at         timestamptz not null default now(),
    last_seen_at          timestamptz not null default now(),
    resolved_at           timestamptz,
    resolved_by           varchar(100)
);
create unique index amazon_import_error_open on amazon_import_error (channel, amazon_order_id) where status = 'OPEN';
create index amazon_import_error_channel on amazon_import_error (channel, error_id desc);
