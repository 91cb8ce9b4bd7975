-- The seller's own details (iDempiere: AD_Org with AD_OrgInfo, its C_Location and C_BankAccount).
-- One row: the embedded ERP serves one company.
CREATE TABLE AD_OrgInfo (
    AD_Org_ID        NUMERIC(10) PRIMARY KEY DEFAULT 0 CHECK (AD_Org_ID = 0),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(255) NOT NULL,
    C_Location_ID    NUMERIC(10) NOT NULL REFERENCES C_Location,
    TaxID            VARCHAR(20),
    TaxNumber        VARCHAR(30),
    IBAN             VARCHAR(40),
    SwiftCode        VARCHAR(20),
    BankName         VARCHAR(60),
    IsOSS            CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsOSS IN ('Y','N')),
    Logo             BYTEA,
    LogoMediaType    VARCHAR(30) CHECK (LogoMediaType IN ('image/png', 'image/jpeg'))
);
