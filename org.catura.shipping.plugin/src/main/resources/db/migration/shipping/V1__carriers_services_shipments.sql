-- Shipping: the carriers and their services as configuration in iDempiere's dictionary shape
-- (CAT_*: AD_Client_ID, AD_Org_ID, IsActive, Created…, <T>_UU), which the org.catura.idempiere
-- 2Pack declares with windows; and the plugin's own state per shipment (shipping_*), which no
-- person edits. Unquoted names: PostgreSQL folds them to lower case, as PackIn's DDL does. IF NOT
-- EXISTS: inside iDempiere the 2Pack may have created the (empty) tables first.
-- Ids of CAT_* rows come from AD_Sequence (Erp.recordIds()). Lengths in cm, weights in kg.

-- A carrier, the own warehouse or a fulfilment partner; how its data goes out and how its
-- confirmation comes back.
create table if not exists CAT_Carrier (
    CAT_Carrier_ID           NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_Carrier_UU           VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID             NUMERIC(10)   NOT NULL,
    AD_Org_ID                NUMERIC(10)   NOT NULL,
    IsActive                 CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created                  TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy                NUMERIC(10)   NOT NULL,
    Updated                  TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy                NUMERIC(10)   NOT NULL,
    Value                    VARCHAR(40)   NOT NULL,
    Name                     VARCHAR(60)   NOT NULL,
    Description              VARCHAR(255),
    CarrierKind              VARCHAR(20)   NOT NULL CHECK (CarrierKind IN ('IN_HOUSE','PARCEL','FULFILMENT')),
    M_Warehouse_ID           NUMERIC(10)   NOT NULL,
    AmazonCarrierCode        VARCHAR(60),
    AmazonCarrierName        VARCHAR(60),
    TrackingURL              VARCHAR(500),
    TrackingNoPattern        VARCHAR(200),
    -- transmission: channel x format
    TransmissionChannel      VARCHAR(20)   NOT NULL DEFAULT 'PACK_PAGE'
        CHECK (TransmissionChannel IN ('PACK_PAGE','MAIL','SFTP','FTP','HTTP','FOLDER','DHL_PARCEL_DE')),
    TransmissionFormat       VARCHAR(20)   CHECK (TransmissionFormat IN ('PDF','CSV','XML','JSON','FIXED')),
    TransmissionTemplate     TEXT,
    TransmissionHost         VARCHAR(255),
    TransmissionPort         NUMERIC(10),
    TransmissionPath         VARCHAR(500),
    TransmissionUser         VARCHAR(120),
    TransmissionSecretSealed VARCHAR(4000),
    TransmissionHostKey      VARCHAR(500),
    EMail                    VARCHAR(255),
    ApiKeySealed             VARCHAR(4000),
    AccountNo                VARCHAR(40),
    -- return channel: how the confirmation comes back
    ReturnChannel            VARCHAR(20)   NOT NULL DEFAULT 'PACK_PAGE'
        CHECK (ReturnChannel IN ('PACK_PAGE','API','IMAP','SFTP','FTP','FOLDER','HTTP_CALLBACK')),
    ReturnHost               VARCHAR(255),
    ReturnPort               NUMERIC(10),
    ReturnPath               VARCHAR(500),
    ReturnUser               VARCHAR(120),
    ReturnSecretSealed       VARCHAR(4000),
    ReturnHostKey            VARCHAR(500),
    -- the watchdog: working hours after transmission until the confirmation is overdue
    ConfirmWithinHours       NUMERIC(10)   NOT NULL DEFAULT 24,
    WorkDays                 VARCHAR(7)    NOT NULL DEFAULT '12345',
    WorkDayStart             VARCHAR(5)    NOT NULL DEFAULT '08:00',
    WorkDayEnd               VARCHAR(5)    NOT NULL DEFAULT '18:00',
    CutOffTime               VARCHAR(5),
    TimeZone                 VARCHAR(40)   NOT NULL DEFAULT 'Europe/Berlin',
    ChangedBy                VARCHAR(120)
);
create unique index if not exists CAT_Carrier_UU_idx on CAT_Carrier (CAT_Carrier_UU);
create unique index if not exists CAT_Carrier_Value on CAT_Carrier (AD_Client_ID, Value);

-- A zone: countries, optionally narrowed to postal codes; the first zone (SeqNo) that matches wins,
-- so islands come before their country.
create table if not exists CAT_ShippingZone (
    CAT_ShippingZone_ID      NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_ShippingZone_UU      VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID             NUMERIC(10)   NOT NULL,
    AD_Org_ID                NUMERIC(10)   NOT NULL,
    IsActive                 CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created                  TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy                NUMERIC(10)   NOT NULL,
    Updated                  TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy                NUMERIC(10)   NOT NULL,
    SeqNo                    NUMERIC(10)   NOT NULL,
    Value                    VARCHAR(40)   NOT NULL,
    Name                     VARCHAR(60)   NOT NULL,
    CountryCodes             VARCHAR(2000) NOT NULL,
    PostalCodes              VARCHAR(2000),
    IsIsland                 CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsIsland IN ('Y','N')),
    ChangedBy                VARCHAR(120)
);
create unique index if not exists CAT_ShippingZone_UU_idx on CAT_ShippingZone (CAT_ShippingZone_UU);
create unique index if not exists CAT_ShippingZone_Value on CAT_ShippingZone (AD_Client_ID, Value);

-- A carrier's service with its limits and what it offers.
create table if not exists CAT_ShippingService (
    CAT_ShippingService_ID   NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_ShippingService_UU   VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID             NUMERIC(10)   NOT NULL,
    AD_Org_ID                NUMERIC(10)   NOT NULL,
    IsActive                 CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created                  TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy                NUMERIC(10)   NOT NULL,
    Updated                  TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy                NUMERIC(10)   NOT NULL,
    CAT_Carrier_ID           NUMERIC(10)   NOT NULL REFERENCES CAT_Carrier,
    Value                    VARCHAR(40)   NOT NULL,
    Name                     VARCHAR(60)   NOT NULL,
    CarrierProduct           VARCHAR(40),
    ServiceLevel             VARCHAR(20)   NOT NULL DEFAULT 'STANDARD'
        CHECK (ServiceLevel IN ('STANDARD','EXPRESS','NEXT_DAY','SAME_DAY')),
    MaxWeight                NUMERIC       NOT NULL,
    MaxLength                NUMERIC,
    MaxWidth                 NUMERIC,
    MaxHeight                NUMERIC,
    MaxGirth                 NUMERIC,
    IsCOD                    CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsCOD IN ('Y','N')),
    IsSignature              CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsSignature IN ('Y','N')),
    IsIdCheck                CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsIdCheck IN ('Y','N')),
    IsAgeCheck               CHAR(1)       NOT NULL DEFAULT 'N' CHECK (IsAgeCheck IN ('Y','N')),
    C_Currency_ID            NUMERIC(10)   NOT NULL,
    CODSurcharge             NUMERIC       NOT NULL DEFAULT 0,
    BulkyLength              NUMERIC,
    BulkySurcharge           NUMERIC       NOT NULL DEFAULT 0,
    IslandSurcharge          NUMERIC       NOT NULL DEFAULT 0,
    CutOffTime               VARCHAR(5),
    ChangedBy                VARCHAR(120)
);
create unique index if not exists CAT_ShippingService_UU_idx on CAT_ShippingService (CAT_ShippingService_UU);
create unique index if not exists CAT_ShippingService_Value on CAT_ShippingService (CAT_Carrier_ID, Value);

-- A service's price and transit days for a zone up to a weight; a service serves exactly the zones it has rates for.
create table if not exists CAT_ShippingRate (
    CAT_ShippingRate_ID      NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_ShippingRate_UU      VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID             NUMERIC(10)   NOT NULL,
    AD_Org_ID                NUMERIC(10)   NOT NULL,
    IsActive                 CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created                  TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy                NUMERIC(10)   NOT NULL,
    Updated                  TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy                NUMERIC(10)   NOT NULL,
    CAT_ShippingService_ID   NUMERIC(10)   NOT NULL REFERENCES CAT_ShippingService,
    CAT_ShippingZone_ID      NUMERIC(10)   NOT NULL REFERENCES CAT_ShippingZone,
    MaxWeight                NUMERIC       NOT NULL,
    Price                    NUMERIC       NOT NULL,
    TransitDays              NUMERIC(10)   NOT NULL
);
create unique index if not exists CAT_ShippingRate_UU_idx on CAT_ShippingRate (CAT_ShippingRate_UU);
create unique index if not exists CAT_ShippingRate_Band on CAT_ShippingRate (CAT_ShippingService_ID, CAT_ShippingZone_ID, MaxWeight);

-- Priority rules before the ranking, first match (SeqNo) wins: a JEXL condition over the
-- shipment's facts and what it does to the candidates.
create table if not exists CAT_ShippingRule (
    CAT_ShippingRule_ID      NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_ShippingRule_UU      VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID             NUMERIC(10)   NOT NULL,
    AD_Org_ID                NUMERIC(10)   NOT NULL,
    IsActive                 CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created                  TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy                NUMERIC(10)   NOT NULL,
    Updated                  TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy                NUMERIC(10)   NOT NULL,
    SeqNo                    NUMERIC(10)   NOT NULL,
    Name                     VARCHAR(120)  NOT NULL,
    RuleCondition            VARCHAR(2000) NOT NULL,
    ShippingAction           VARCHAR(20)   NOT NULL
        CHECK (ShippingAction IN ('ONLY_LEVELS','ONLY_CARRIERS','ONLY_SERVICES','EXCLUDE_CARRIERS')),
    ActionValue              VARCHAR(500)  NOT NULL,
    Reason                   VARCHAR(2000),
    ChangedBy                VARCHAR(120)
);
create unique index if not exists CAT_ShippingRule_UU_idx on CAT_ShippingRule (CAT_ShippingRule_UU);
create unique index if not exists CAT_ShippingRule_Name on CAT_ShippingRule (AD_Client_ID, Name);

-- The matrix's decision per delivery note: the chosen service (none: the order went to the
-- manual queue) and, in decision, every candidate with its price or the reasons it was excluded.
create table if not exists shipping_decision (
    shipment_id      integer      primary key,
    order_id         bigint       not null references catura_order (order_id),
    decided_at       timestamptz  not null,
    service_id       integer,
    carrier          varchar(40),
    service          varchar(40),
    price            numeric,
    currency         varchar(3),
    transit_days     integer,
    weight_kg        numeric      not null,
    length_cm        numeric,
    width_cm         numeric,
    height_cm        numeric,
    zone             varchar(40),
    rule_name        varchar(120),
    summary          text         not null,
    decision         jsonb        not null
);
create index if not exists shipping_decision_order on shipping_decision (order_id);

-- What went to the carrier, and until when its confirmation is due (the watchdog).
create table if not exists shipping_transmission (
    shipment_id      integer      primary key,
    order_id         bigint       not null references catura_order (order_id),
    carrier_id       integer      not null,
    reference        varchar(35)  not null unique,
    channel          varchar(20)  not null,
    format           varchar(20),
    file_name        varchar(255),
    idempotency_key  varchar(200) not null,
    transmitted_at   timestamptz  not null,
    confirm_due_at   timestamptz,
    confirmed_at     timestamptz,
    watchdog_ticket_id bigint
);
create index if not exists shipping_transmission_order on shipping_transmission (order_id);
create index if not exists shipping_transmission_due on shipping_transmission (confirm_due_at) where confirmed_at is null;

-- Every confirmation as it came (mail, file, callback, API answer), with what became of it.
create table if not exists shipping_message (
    message_id       bigserial    primary key,
    carrier          varchar(40)  not null,
    source           varchar(20)  not null,
    raw_name         varchar(500),
    received_at      timestamptz  not null,
    content          bytea        not null,
    content_hash     varchar(64)  not null,
    outcome          varchar(20)  not null,
    detail           text         not null,
    order_id         bigint       references catura_order (order_id),
    shipment_id      integer
);
create index if not exists shipping_message_hash on shipping_message (carrier, content_hash);
create index if not exists shipping_message_order on shipping_message (order_id);

-- The parcels of a shipment with their tracking numbers; lines empty: the whole shipment.
create table if not exists shipping_parcel (
    parcel_id        bigserial    primary key,
    shipment_id      integer      not null,
    order_id         bigint       not null references catura_order (order_id),
    parcel_no        integer      not null,
    carrier          varchar(40)  not null,
    tracking_no      varchar(60)  not null,
    replaced_tracking_no varchar(60),
    weight_kg        numeric,
    shipped_at       timestamptz  not null,
    lines            jsonb        not null default '[]',
    label_pdf        bytea,
    message_id       bigint       references shipping_message (message_id),
    unique (shipment_id, parcel_no),
    unique (shipment_id, tracking_no)
);
create index if not exists shipping_parcel_order on shipping_parcel (order_id);
