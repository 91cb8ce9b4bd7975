-- The channels move into a table in iDempiere's dictionary shape, CAT_AmazonChannel, so that
-- iDempiere can show and edit them in a window (the org.catura.idempiere 2Pack declares the same
-- table). Unquoted names: PostgreSQL folds them to lower case, as PackIn's DDL does. IF NOT EXISTS:
-- inside iDempiere the 2Pack may have created the (empty) table before this migration runs.
-- Secrets stay sealed as before (Secrets.seal, AES-GCM with a key kept outside the database).
create table if not exists CAT_AmazonChannel (
    CAT_AmazonChannel_ID  NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_AmazonChannel_UU  VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID          NUMERIC(10)   NOT NULL,
    AD_Org_ID             NUMERIC(10)   NOT NULL,
    IsActive              CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created               TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy             NUMERIC(10)   NOT NULL,
    Updated               TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy             NUMERIC(10)   NOT NULL,
    Name                  VARCHAR(64)   NOT NULL,
    SellerID              VARCHAR(64)   NOT NULL,
    Endpoint              VARCHAR(500)  NOT NULL,
    TokenURL              VARCHAR(500)  NOT NULL,
    MarketplaceIDs        VARCHAR(500)  NOT NULL,
    ClientKey             VARCHAR(200)  NOT NULL,
    ClientSecretSealed    VARCHAR(4000),
    RefreshTokenSealed    VARCHAR(4000),
    ImportIntervalSeconds NUMERIC(10)   NOT NULL,
    OverlapMinutes        NUMERIC(10)   NOT NULL,
    TimeCompression       NUMERIC       NOT NULL DEFAULT 1,
    IsSyncEnabled         CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsSyncEnabled IN ('Y','N')),
    ImportSince           TIMESTAMP,
    RowVersion            NUMERIC(10)   NOT NULL DEFAULT 1,
    ChangedBy             VARCHAR(120)
);
create unique index if not exists CAT_AmazonChannel_UU_idx on CAT_AmazonChannel (CAT_AmazonChannel_UU);
-- Unique over all tenants, not per tenant: orders, import state, runs and errors name their channel.
create unique index if not exists CAT_AmazonChannel_Name on CAT_AmazonChannel (Name);

-- Every channel of the standalone runtime: its tenant (the embedded ERP's client), all
-- organisations, SuperUser. The ids lie below 1000000, where no table-id sequence (AD_Sequence,
-- starting at 1000000) ever draws, so new channels cannot collide with them. Instants were
-- timestamptz; TIMESTAMP columns hold UTC wall time.
insert into CAT_AmazonChannel (CAT_AmazonChannel_ID, CAT_AmazonChannel_UU, AD_Client_ID, AD_Org_ID, IsActive,
                               Created, CreatedBy, Updated, UpdatedBy, Name, SellerID, Endpoint, TokenURL,
                               MarketplaceIDs, ClientKey, ClientSecretSealed, RefreshTokenSealed,
                               ImportIntervalSeconds, OverlapMinutes, TimeCompression, IsSyncEnabled, ImportSince,
                               RowVersion, ChangedBy)
select row_number() over (order by created_at, name), gen_random_uuid()::text, 1000000, 0, 'Y',
       created_at at time zone 'UTC', 100, updated_at at time zone 'UTC', 100, name, seller_id, endpoint, token_url,
       marketplace_ids, client_id, client_secret_sealed, refresh_token_sealed, import_interval_seconds,
       overlap_minutes, time_compression, case when sync_enabled then 'Y' else 'N' end,
       import_since at time zone 'UTC', version, updated_by
  from amazon_channel;

-- The import state still names its channel, now by CAT_AmazonChannel.Name.
alter table amazon_import_state drop constraint amazon_import_state_channel_fkey;
alter table amazon_import_state add constraint amazon_import_state_channel_fkey
    foreign key (channel) references CAT_AmazonChannel (Name) on delete cascade;

drop table amazon_channel;
