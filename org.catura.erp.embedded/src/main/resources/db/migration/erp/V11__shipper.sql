-- The carrier of a shipment, as iDempiere 12-14 keeps it: M_Shipper (Name per tenant; C_BPartner_ID
-- optional) and M_InOut.M_Shipper_ID. iDempiere dropped M_Shipper.TrackingURL (2012) and keeps no
-- Description there: both live on M_ShipperCfg, which the flow does not need, so neither is here.
CREATE SEQUENCE M_Shipper_SQ START 1000000;
CREATE TABLE M_Shipper (
    M_Shipper_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_shipper_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL,
    C_BPartner_ID    NUMERIC(10) REFERENCES C_BPartner,
    M_Shipper_UU     VARCHAR(36) DEFAULT gen_random_uuid()::varchar UNIQUE
);
-- A name finds one carrier per tenant: setShipper finds or creates by it (ON CONFLICT).
CREATE UNIQUE INDEX M_Shipper_Name ON M_Shipper (AD_Client_ID, Name);
ALTER TABLE M_InOut ADD COLUMN M_Shipper_ID NUMERIC(10) REFERENCES M_Shipper;
