-- The release rules move into a table in iDempiere's dictionary shape, CAT_ReleaseRule, so that
-- iDempiere can show and edit them in a window (the org.catura.idempiere 2Pack declares the same
-- table). Unquoted names: PostgreSQL folds them to lower case, as PackIn's DDL does. IF NOT EXISTS:
-- inside iDempiere the 2Pack may have created the (empty) table before this migration runs.
create table if not exists CAT_ReleaseRule (
    CAT_ReleaseRule_ID  NUMERIC(10)   NOT NULL PRIMARY KEY,
    CAT_ReleaseRule_UU  VARCHAR(36)   DEFAULT NULL,
    AD_Client_ID        NUMERIC(10)   NOT NULL,
    AD_Org_ID           NUMERIC(10)   NOT NULL,
    IsActive            CHAR(1)       NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created             TIMESTAMP     NOT NULL DEFAULT now(),
    CreatedBy           NUMERIC(10)   NOT NULL,
    Updated             TIMESTAMP     NOT NULL DEFAULT now(),
    UpdatedBy           NUMERIC(10)   NOT NULL,
    SeqNo               NUMERIC(10)   NOT NULL,
    Name                VARCHAR(120)  NOT NULL,
    RuleCondition       VARCHAR(2000) NOT NULL,
    ReleaseAction       VARCHAR(20)   NOT NULL CHECK (ReleaseAction IN ('RELEASE','MANUAL_QUEUE','HOLD')),
    Reason              VARCHAR(2000),
    HoldHours           NUMERIC(10)   NOT NULL DEFAULT 0,
    HoldUntil           VARCHAR(2000),
    ChangedBy           VARCHAR(120)
);
create unique index if not exists CAT_ReleaseRule_UU_idx on CAT_ReleaseRule (CAT_ReleaseRule_UU);
create unique index if not exists CAT_ReleaseRule_Name on CAT_ReleaseRule (AD_Client_ID, Name);

-- Every rule keeps its id: catura_release_decision.rule_id still points at it. The old ids came
-- from a bigserial and lie below 1000000, where no table-id sequence (AD_Sequence, starting at
-- 1000000) ever draws, so new rules cannot collide with them; the guard makes that certain.
do $$
begin
    if exists (select 1 from catura_release_rule where rule_id >= 1000000) then
        raise exception 'catura_release_rule has rule ids from 1000000 up (largest %); they could collide with '
            'ids from AD_Sequence. Renumber those rules (and catura_release_decision.rule_id) below 1000000, '
            'then start again', (select max(rule_id) from catura_release_rule);
    end if;
end $$;

-- As System rows (AD_Client_ID 0), all organisations, SuperUser: every tenant's orders are decided on
-- them, together with the tenant's own rules (AD_Client_ID its own), in SeqNo order.
-- updated_at was an instant; TIMESTAMP columns hold UTC wall time.
insert into CAT_ReleaseRule (CAT_ReleaseRule_ID, CAT_ReleaseRule_UU, AD_Client_ID, AD_Org_ID, IsActive,
                             Created, CreatedBy, Updated, UpdatedBy, SeqNo, Name, RuleCondition, ReleaseAction,
                             Reason, HoldHours, HoldUntil, ChangedBy)
select rule_id, gen_random_uuid()::text, 0, 0, case when active then 'Y' else 'N' end,
       updated_at at time zone 'UTC', 100, updated_at at time zone 'UTC', 100, seq, name, condition, action,
       reason, hold_hours, hold_until, updated_by
  from catura_release_rule;

drop table catura_release_rule;
