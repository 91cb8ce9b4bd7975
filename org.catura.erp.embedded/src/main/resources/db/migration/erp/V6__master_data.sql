-- Master data a merchant imports: the product's GTIN (iDempiere's M_Product.UPC), its list price,
-- the two tax categories of the CSV files that V1 lacks, and the warehouse MAIN.

ALTER TABLE M_Product ADD COLUMN UPC VARCHAR(30);
CREATE INDEX M_Product_Name_Lower ON M_Product (lower(Name));

-- iDempiere keeps prices in M_ProductPrice of a price list version. The embedded ERP has one
-- sales price list (tax included, as Amazon's European prices are) with one version; a product's
-- list_price is its PriceList and PriceStd there.
CREATE SEQUENCE M_PriceList_SQ START 1000000;
CREATE TABLE M_PriceList (
    M_PriceList_ID   NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_pricelist_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL UNIQUE,
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    IsSOPriceList    CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOPriceList IN ('Y','N')),
    IsTaxIncluded    CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsTaxIncluded IN ('Y','N')),
    IsDefault        CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsDefault IN ('Y','N')),
    PricePrecision   NUMERIC(10) NOT NULL DEFAULT 2
);

CREATE SEQUENCE M_PriceList_Version_SQ START 1000000;
CREATE TABLE M_PriceList_Version (
    M_PriceList_Version_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_pricelist_version_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    M_PriceList_ID   NUMERIC(10) NOT NULL REFERENCES M_PriceList,
    Name             VARCHAR(60) NOT NULL,
    ValidFrom        DATE NOT NULL
);

CREATE TABLE M_ProductPrice (
    M_PriceList_Version_ID NUMERIC(10) NOT NULL REFERENCES M_PriceList_Version,
    M_Product_ID     NUMERIC(10) NOT NULL REFERENCES M_Product,
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    PriceList        NUMERIC NOT NULL CHECK (PriceList >= 0),
    PriceStd         NUMERIC NOT NULL CHECK (PriceStd >= 0),
    PriceLimit       NUMERIC NOT NULL DEFAULT 0 CHECK (PriceLimit >= 0),
    PRIMARY KEY (M_PriceList_Version_ID, M_Product_ID)
);

INSERT INTO M_PriceList (Name, C_Currency_ID, IsSOPriceList, IsTaxIncluded, IsDefault)
SELECT 'Standard', C_Currency_ID, 'Y', 'Y', 'Y' FROM C_Currency WHERE ISO_Code = 'EUR';
INSERT INTO M_PriceList_Version (M_PriceList_ID, Name, ValidFrom)
SELECT M_PriceList_ID, 'Standard', DATE '2000-01-01' FROM M_PriceList WHERE Name = 'Standard';

-- The tax migration (V5) may add these already.
INSERT INTO C_TaxCategory (Name, IsDefault)
SELECT 'Super-reduced', 'N' WHERE NOT EXISTS (SELECT 1 FROM C_TaxCategory WHERE Name = 'Super-reduced');
INSERT INTO C_TaxCategory (Name, IsDefault)
SELECT 'Zero', 'N' WHERE NOT EXISTS (SELECT 1 FROM C_TaxCategory WHERE Name = 'Zero');

INSERT INTO M_Warehouse (Value, Name)
SELECT 'MAIN', 'Main warehouse' WHERE NOT EXISTS (SELECT 1 FROM M_Warehouse WHERE Value = 'MAIN');
INSERT INTO M_Locator (M_Warehouse_ID, Value, IsDefault, X, Y, Z)
SELECT w.M_Warehouse_ID, 'MAIN-Standard', 'Y', '0', '0', '0' FROM M_Warehouse w
 WHERE w.Value = 'MAIN' AND NOT EXISTS (SELECT 1 FROM M_Locator l WHERE l.M_Warehouse_ID = w.M_Warehouse_ID);
