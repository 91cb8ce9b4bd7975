-- The ticket types in iDempiere's dictionary shape, CAT_TicketType: per type its due time, who
-- overdue tickets escalate to and whether they escalate at all, editable in an iDempiere window
-- (the org.catura.idempiere 2Pack declares the same table). They replace the due hours and the
-- supervisor of the configuration PID org.catura.ticket, which stay only as fallbacks for a type
-- without a row. Unquoted names fold to lower case, as PackIn's DDL does; IF NOT EXISTS and
-- ON CONFLICT: inside iDempiere the 2Pack may have made the table (or the rows) first.
create table if not exists CAT_TicketType (
    CAT_TicketType_ID   NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_TicketType_UU   VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID        NUMERIC(10)   NOT NULL,
    AD_Org_ID           NUMERIC(10)   NOT NULL,
    IsActive            CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created             TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy           NUMERIC(10)   NOT NULL,
    Updated             TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy           NUMERIC(10)   NOT NULL,
    Value               VARCHAR(40)   NOT NULL,
    Name                VARCHAR(60)   NOT NULL,
    DueHours            NUMERIC       NOT NULL CHECK (DueHours >= 0),
    Supervisor          VARCHAR(120),
    SupervisorEMail     VARCHAR(200),
    IsEscalate          CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsEscalate IN ('Y','N')),
    ChangedBy           VARCHAR(120)
);
create unique index if not exists CAT_TicketType_UU_idx on CAT_TicketType (CAT_TicketType_UU);
create unique index if not exists CAT_TicketType_Value on CAT_TicketType (AD_Client_ID, Value);
create unique index if not exists CAT_TicketType_Name on CAT_TicketType (AD_Client_ID, Name);

-- The defaults of the configuration as System rows (AD_Client_ID 0, all organisations, made by
-- SuperUser 100): every tenant has them, until it makes its own row of a type. Ids below 1000000: table-id sequences (AD_Sequence)
-- start at 1000000, so rows made later in a window or by Catura never take these.
insert into CAT_TicketType (CAT_TicketType_ID, CAT_TicketType_UU, AD_Client_ID, AD_Org_ID, Created, CreatedBy,
                            Updated, UpdatedBy, Value, Name, DueHours, Supervisor, SupervisorEMail, IsEscalate,
                            ChangedBy)
select id, gen_random_uuid()::text, 0, 0, now() at time zone 'UTC', 100, now() at time zone 'UTC', 100,
       value, name, due_hours, 'supervisor', null, 'Y', 'migration'
  from (values (101, 'MANUAL_QUEUE', 'Manual queue', 4),
               (102, 'STATION_ERROR', 'Station error', 2),
               (103, 'NO_SHIPPING_CONFIRMATION', 'No shipping confirmation', 8),
               (104, 'CANCEL_AFTER_SHIPPING', 'Cancel after shipping', 8),
               (105, 'IMPORT_ERROR', 'Import error', 8),
               (106, 'OTHER', 'Other', 48)) as t (id, value, name, due_hours)
on conflict do nothing;
