-- The embedded ERP: iDempiere's tables and column names, unquoted so PostgreSQL folds them to
-- lower case exactly as iDempiere on PostgreSQL does. Only the columns the Catura port uses.
-- Single tenant: AD_Client_ID / AD_Org_ID / CreatedBy / UpdatedBy default to one client,
-- one organisation and the SuperUser (100), so the port's SQL does not repeat them.
-- IDs are NUMERIC(10) from one sequence per table, as in iDempiere; Y/N flags are CHAR(1).

CREATE SEQUENCE AD_Sequence_SQ START 1000000;
CREATE TABLE AD_Sequence (
    AD_Sequence_ID   NUMERIC(10) PRIMARY KEY DEFAULT nextval('ad_sequence_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL UNIQUE,
    Description      VARCHAR(255),
    IsAutoSequence   CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsAutoSequence IN ('Y','N')),
    IncrementNo      NUMERIC(10) NOT NULL DEFAULT 1 CHECK (IncrementNo > 0),
    CurrentNext      NUMERIC(10) NOT NULL DEFAULT 1000000,
    Prefix           VARCHAR(255),
    Suffix           VARCHAR(255)
);

CREATE SEQUENCE C_DocType_SQ START 1000000;
CREATE TABLE C_DocType (
    C_DocType_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_doctype_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL,
    DocBaseType      CHAR(3) NOT NULL UNIQUE,
    IsSOTrx          CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOTrx IN ('Y','N')),
    DocNoSequence_ID NUMERIC(10) NOT NULL REFERENCES AD_Sequence
);

CREATE SEQUENCE C_Country_SQ START 100;
CREATE TABLE C_Country (
    C_Country_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_country_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 0,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    CountryCode      CHAR(2) NOT NULL UNIQUE,
    Name             VARCHAR(60) NOT NULL
);

CREATE SEQUENCE C_Currency_SQ START 100;
CREATE TABLE C_Currency (
    C_Currency_ID    NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_currency_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 0,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    ISO_Code         CHAR(3) NOT NULL UNIQUE,
    CurSymbol        VARCHAR(10),
    Description      VARCHAR(255),
    StdPrecision     NUMERIC(10) NOT NULL DEFAULT 2
);

CREATE SEQUENCE C_UOM_SQ START 1000000;
CREATE TABLE C_UOM (
    C_UOM_ID         NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_uom_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 0,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    X12DE355         VARCHAR(4) NOT NULL UNIQUE,
    Name             VARCHAR(60) NOT NULL,
    IsDefault        CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsDefault IN ('Y','N'))
);

CREATE SEQUENCE C_Location_SQ START 1000000;
CREATE TABLE C_Location (
    C_Location_ID    NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_location_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Address1         VARCHAR(255),
    Address2         VARCHAR(255),
    Address3         VARCHAR(255),
    Address4         VARCHAR(255),
    City             VARCHAR(60),
    Postal           VARCHAR(20),
    RegionName       VARCHAR(60),
    C_Country_ID     NUMERIC(10) NOT NULL REFERENCES C_Country
);

CREATE SEQUENCE C_BPartner_SQ START 1000000;
CREATE TABLE C_BPartner (
    C_BPartner_ID    NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_bpartner_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Value            VARCHAR(40) NOT NULL,
    Name             VARCHAR(120) NOT NULL,
    Name2            VARCHAR(60),
    TaxID            VARCHAR(20),
    IsCustomer       CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsCustomer IN ('Y','N')),
    IsVendor         CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsVendor IN ('Y','N')),
    -- Not in iDempiere's dictionary: whether the buyer is a business (Amazon Business orders).
    IsCompany        CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsCompany IN ('Y','N')),
    UNIQUE (AD_Client_ID, Value)
);

CREATE SEQUENCE C_BPartner_Location_SQ START 1000000;
CREATE TABLE C_BPartner_Location (
    C_BPartner_Location_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_bpartner_location_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_Location_ID    NUMERIC(10) NOT NULL REFERENCES C_Location,
    Name             VARCHAR(60) NOT NULL,
    IsShipTo         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsShipTo IN ('Y','N')),
    IsBillTo         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsBillTo IN ('Y','N')),
    Phone            VARCHAR(40)
);
CREATE INDEX C_BPartner_Location_BPartner ON C_BPartner_Location (C_BPartner_ID);

CREATE SEQUENCE AD_User_SQ START 1000000;
CREATE TABLE AD_User (
    AD_User_ID       NUMERIC(10) PRIMARY KEY DEFAULT nextval('ad_user_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_BPartner_ID    NUMERIC(10) REFERENCES C_BPartner,
    Name             VARCHAR(60) NOT NULL,
    EMail            VARCHAR(254),
    Phone            VARCHAR(40)
);
CREATE INDEX AD_User_BPartner ON AD_User (C_BPartner_ID);
CREATE INDEX AD_User_EMail_Lower ON AD_User (lower(EMail));

CREATE SEQUENCE C_TaxCategory_SQ START 1000000;
CREATE TABLE C_TaxCategory (
    C_TaxCategory_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_taxcategory_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL UNIQUE,
    IsDefault        CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsDefault IN ('Y','N'))
);

CREATE SEQUENCE C_Tax_SQ START 1000000;
CREATE TABLE C_Tax (
    C_Tax_ID         NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_tax_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL,
    Rate             NUMERIC NOT NULL CHECK (Rate >= 0 AND Rate < 100),
    C_TaxCategory_ID NUMERIC(10) NOT NULL REFERENCES C_TaxCategory,
    -- Destination country of the sale; null: any country.
    To_Country_ID    NUMERIC(10) REFERENCES C_Country,
    SOPOType         CHAR(1) NOT NULL DEFAULT 'S'
);
CREATE UNIQUE INDEX C_Tax_Rate_Country ON C_Tax (Rate, C_TaxCategory_ID, COALESCE(To_Country_ID, 0));

CREATE SEQUENCE C_Charge_SQ START 1000000;
CREATE TABLE C_Charge (
    C_Charge_ID      NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_charge_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Name             VARCHAR(60) NOT NULL,
    Description      VARCHAR(255),
    C_TaxCategory_ID NUMERIC(10) REFERENCES C_TaxCategory
);
CREATE UNIQUE INDEX C_Charge_Name ON C_Charge (lower(Name));

CREATE SEQUENCE M_Product_SQ START 1000000;
CREATE TABLE M_Product (
    M_Product_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_product_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 0,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Value            VARCHAR(40) NOT NULL,
    Name             VARCHAR(255) NOT NULL,
    ProductType      CHAR(1) NOT NULL DEFAULT 'I',
    IsStocked        CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsStocked IN ('Y','N')),
    C_UOM_ID         NUMERIC(10) NOT NULL REFERENCES C_UOM,
    C_TaxCategory_ID NUMERIC(10) NOT NULL REFERENCES C_TaxCategory,
    Weight           NUMERIC CHECK (Weight >= 0),
    ShelfWidth       NUMERIC CHECK (ShelfWidth >= 0),
    ShelfHeight      NUMERIC CHECK (ShelfHeight >= 0),
    ShelfDepth       NUMERIC CHECK (ShelfDepth >= 0),
    UNIQUE (AD_Client_ID, Value)
);

CREATE SEQUENCE M_Warehouse_SQ START 1000000;
CREATE TABLE M_Warehouse (
    M_Warehouse_ID   NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_warehouse_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Value            VARCHAR(40) NOT NULL,
    Name             VARCHAR(60) NOT NULL,
    C_Location_ID    NUMERIC(10) REFERENCES C_Location,
    IsDisallowNegativeInv CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsDisallowNegativeInv IN ('Y','N')),
    UNIQUE (AD_Client_ID, Value)
);

CREATE SEQUENCE M_Locator_SQ START 1000000;
CREATE TABLE M_Locator (
    M_Locator_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_locator_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    M_Warehouse_ID   NUMERIC(10) NOT NULL REFERENCES M_Warehouse,
    Value            VARCHAR(40) NOT NULL,
    IsDefault        CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsDefault IN ('Y','N')),
    X                VARCHAR(60),
    Y                VARCHAR(60),
    Z                VARCHAR(60),
    UNIQUE (M_Warehouse_ID, Value)
);
-- One default locator per warehouse: where stock is counted and shipped from.
CREATE UNIQUE INDEX M_Locator_Default ON M_Locator (M_Warehouse_ID) WHERE IsDefault = 'Y';

CREATE TABLE M_StorageOnHand (
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    M_Product_ID     NUMERIC(10) NOT NULL REFERENCES M_Product,
    M_Locator_ID     NUMERIC(10) NOT NULL REFERENCES M_Locator,
    M_AttributeSetInstance_ID NUMERIC(10) NOT NULL DEFAULT 0,
    DateMaterialPolicy DATE NOT NULL DEFAULT CURRENT_DATE,
    QtyOnHand        NUMERIC NOT NULL DEFAULT 0,
    PRIMARY KEY (M_Product_ID, M_Locator_ID, M_AttributeSetInstance_ID)
);

CREATE TABLE M_StorageReservation (
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    M_Product_ID     NUMERIC(10) NOT NULL REFERENCES M_Product,
    M_Warehouse_ID   NUMERIC(10) NOT NULL REFERENCES M_Warehouse,
    M_AttributeSetInstance_ID NUMERIC(10) NOT NULL DEFAULT 0,
    IsSOTrx          CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOTrx IN ('Y','N')),
    Qty              NUMERIC NOT NULL DEFAULT 0,
    PRIMARY KEY (M_Product_ID, M_Warehouse_ID, M_AttributeSetInstance_ID, IsSOTrx)
);

CREATE SEQUENCE C_Order_SQ START 1000000;
CREATE TABLE C_Order (
    C_Order_ID       NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_order_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    DocumentNo       VARCHAR(30) NOT NULL,
    C_DocType_ID     NUMERIC(10) NOT NULL REFERENCES C_DocType,
    C_DocTypeTarget_ID NUMERIC(10) NOT NULL REFERENCES C_DocType,
    IsSOTrx          CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOTrx IN ('Y','N')),
    DocStatus        CHAR(2) NOT NULL DEFAULT 'DR',
    DocAction        CHAR(2) NOT NULL DEFAULT 'CO',
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_BPartner_Location_ID NUMERIC(10) NOT NULL REFERENCES C_BPartner_Location,
    Bill_BPartner_ID NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    Bill_Location_ID NUMERIC(10) NOT NULL REFERENCES C_BPartner_Location,
    AD_User_ID       NUMERIC(10) REFERENCES AD_User,
    M_Warehouse_ID   NUMERIC(10) NOT NULL REFERENCES M_Warehouse,
    POReference      VARCHAR(40),
    Description      VARCHAR(255),
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    IsTaxIncluded    CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsTaxIncluded IN ('Y','N')),
    DateOrdered      DATE NOT NULL,
    DateAcct         DATE NOT NULL,
    TotalLines       NUMERIC NOT NULL DEFAULT 0,
    GrandTotal       NUMERIC NOT NULL DEFAULT 0,
    UNIQUE (C_DocType_ID, DocumentNo)
);
CREATE INDEX C_Order_POReference ON C_Order (POReference);

CREATE SEQUENCE C_OrderLine_SQ START 1000000;
CREATE TABLE C_OrderLine (
    C_OrderLine_ID   NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_orderline_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_Order_ID       NUMERIC(10) NOT NULL REFERENCES C_Order,
    Line             NUMERIC(10) NOT NULL,
    M_Product_ID     NUMERIC(10) REFERENCES M_Product,
    C_Charge_ID      NUMERIC(10) REFERENCES C_Charge,
    Description      VARCHAR(255),
    C_UOM_ID         NUMERIC(10) NOT NULL REFERENCES C_UOM,
    M_Warehouse_ID   NUMERIC(10) NOT NULL REFERENCES M_Warehouse,
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    DateOrdered      DATE NOT NULL,
    QtyEntered       NUMERIC NOT NULL,
    QtyOrdered       NUMERIC NOT NULL,
    QtyReserved      NUMERIC NOT NULL DEFAULT 0,
    QtyDelivered     NUMERIC NOT NULL DEFAULT 0,
    QtyInvoiced      NUMERIC NOT NULL DEFAULT 0,
    PriceEntered     NUMERIC NOT NULL,
    PriceActual      NUMERIC NOT NULL,
    LineNetAmt       NUMERIC NOT NULL,
    C_Tax_ID         NUMERIC(10) NOT NULL REFERENCES C_Tax,
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    CHECK ((M_Product_ID IS NULL) <> (C_Charge_ID IS NULL)),
    UNIQUE (C_Order_ID, Line)
);

CREATE TABLE C_OrderTax (
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_Order_ID       NUMERIC(10) NOT NULL REFERENCES C_Order,
    C_Tax_ID         NUMERIC(10) NOT NULL REFERENCES C_Tax,
    TaxBaseAmt       NUMERIC NOT NULL,
    TaxAmt           NUMERIC NOT NULL,
    IsTaxIncluded    CHAR(1) NOT NULL CHECK (IsTaxIncluded IN ('Y','N')),
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    PRIMARY KEY (C_Order_ID, C_Tax_ID)
);

CREATE SEQUENCE M_InOut_SQ START 1000000;
CREATE TABLE M_InOut (
    M_InOut_ID       NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_inout_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    DocumentNo       VARCHAR(30) NOT NULL,
    C_DocType_ID     NUMERIC(10) NOT NULL REFERENCES C_DocType,
    IsSOTrx          CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOTrx IN ('Y','N')),
    MovementType     CHAR(2) NOT NULL DEFAULT 'C-',
    DocStatus        CHAR(2) NOT NULL DEFAULT 'DR',
    DocAction        CHAR(2) NOT NULL DEFAULT 'CO',
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    C_Order_ID       NUMERIC(10) NOT NULL REFERENCES C_Order,
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_BPartner_Location_ID NUMERIC(10) NOT NULL REFERENCES C_BPartner_Location,
    AD_User_ID       NUMERIC(10) REFERENCES AD_User,
    M_Warehouse_ID   NUMERIC(10) NOT NULL REFERENCES M_Warehouse,
    POReference      VARCHAR(40),
    MovementDate     DATE NOT NULL,
    DateAcct         DATE NOT NULL,
    TrackingNo       VARCHAR(60),
    UNIQUE (C_DocType_ID, DocumentNo)
);
CREATE INDEX M_InOut_Order ON M_InOut (C_Order_ID);

CREATE SEQUENCE M_InOutLine_SQ START 1000000;
CREATE TABLE M_InOutLine (
    M_InOutLine_ID   NUMERIC(10) PRIMARY KEY DEFAULT nextval('m_inoutline_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    M_InOut_ID       NUMERIC(10) NOT NULL REFERENCES M_InOut,
    Line             NUMERIC(10) NOT NULL,
    C_OrderLine_ID   NUMERIC(10) NOT NULL REFERENCES C_OrderLine,
    M_Product_ID     NUMERIC(10) NOT NULL REFERENCES M_Product,
    M_Locator_ID     NUMERIC(10) NOT NULL REFERENCES M_Locator,
    M_AttributeSetInstance_ID NUMERIC(10) NOT NULL DEFAULT 0,
    C_UOM_ID         NUMERIC(10) NOT NULL REFERENCES C_UOM,
    QtyEntered       NUMERIC NOT NULL,
    MovementQty      NUMERIC NOT NULL CHECK (MovementQty > 0),
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    UNIQUE (M_InOut_ID, Line)
);
CREATE INDEX M_InOutLine_OrderLine ON M_InOutLine (C_OrderLine_ID);

CREATE SEQUENCE C_Invoice_SQ START 1000000;
CREATE TABLE C_Invoice (
    C_Invoice_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_invoice_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    DocumentNo       VARCHAR(30) NOT NULL,
    C_DocType_ID     NUMERIC(10) NOT NULL REFERENCES C_DocType,
    C_DocTypeTarget_ID NUMERIC(10) NOT NULL REFERENCES C_DocType,
    IsSOTrx          CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsSOTrx IN ('Y','N')),
    DocStatus        CHAR(2) NOT NULL DEFAULT 'DR',
    DocAction        CHAR(2) NOT NULL DEFAULT 'CO',
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    C_Order_ID       NUMERIC(10) NOT NULL REFERENCES C_Order,
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_BPartner_Location_ID NUMERIC(10) NOT NULL REFERENCES C_BPartner_Location,
    AD_User_ID       NUMERIC(10) REFERENCES AD_User,
    POReference      VARCHAR(40),
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    IsTaxIncluded    CHAR(1) NOT NULL CHECK (IsTaxIncluded IN ('Y','N')),
    DateInvoiced     DATE NOT NULL,
    DateAcct         DATE NOT NULL,
    TotalLines       NUMERIC NOT NULL DEFAULT 0,
    GrandTotal       NUMERIC NOT NULL DEFAULT 0,
    IsPaid           CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsPaid IN ('Y','N')),
    UNIQUE (C_DocType_ID, DocumentNo)
);
CREATE INDEX C_Invoice_Order ON C_Invoice (C_Order_ID);

CREATE SEQUENCE C_InvoiceLine_SQ START 1000000;
CREATE TABLE C_InvoiceLine (
    C_InvoiceLine_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_invoiceline_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_Invoice_ID     NUMERIC(10) NOT NULL REFERENCES C_Invoice,
    Line             NUMERIC(10) NOT NULL,
    C_OrderLine_ID   NUMERIC(10) NOT NULL REFERENCES C_OrderLine,
    M_InOutLine_ID   NUMERIC(10) REFERENCES M_InOutLine,
    M_Product_ID     NUMERIC(10) REFERENCES M_Product,
    C_Charge_ID      NUMERIC(10) REFERENCES C_Charge,
    Description      VARCHAR(255),
    C_UOM_ID         NUMERIC(10) NOT NULL REFERENCES C_UOM,
    QtyEntered       NUMERIC NOT NULL,
    QtyInvoiced      NUMERIC NOT NULL CHECK (QtyInvoiced > 0),
    PriceEntered     NUMERIC NOT NULL,
    PriceActual      NUMERIC NOT NULL,
    LineNetAmt       NUMERIC NOT NULL,
    C_Tax_ID         NUMERIC(10) NOT NULL REFERENCES C_Tax,
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    UNIQUE (C_Invoice_ID, Line)
);
CREATE INDEX C_InvoiceLine_OrderLine ON C_InvoiceLine (C_OrderLine_ID);
CREATE INDEX C_InvoiceLine_InOutLine ON C_InvoiceLine (M_InOutLine_ID);

CREATE TABLE C_InvoiceTax (
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_Invoice_ID     NUMERIC(10) NOT NULL REFERENCES C_Invoice,
    C_Tax_ID         NUMERIC(10) NOT NULL REFERENCES C_Tax,
    TaxBaseAmt       NUMERIC NOT NULL,
    TaxAmt           NUMERIC NOT NULL,
    IsTaxIncluded    CHAR(1) NOT NULL CHECK (IsTaxIncluded IN ('Y','N')),
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    PRIMARY KEY (C_Invoice_ID, C_Tax_ID)
);

CREATE SEQUENCE C_Payment_SQ START 1000000;
CREATE TABLE C_Payment (
    C_Payment_ID     NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_payment_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    DocumentNo       VARCHAR(30) NOT NULL,
    C_DocType_ID     NUMERIC(10) NOT NULL REFERENCES C_DocType,
    IsReceipt        CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsReceipt IN ('Y','N')),
    DocStatus        CHAR(2) NOT NULL DEFAULT 'DR',
    DocAction        CHAR(2) NOT NULL DEFAULT 'CO',
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    PayAmt           NUMERIC NOT NULL CHECK (PayAmt > 0),
    DateTrx          DATE NOT NULL,
    DateAcct         DATE NOT NULL,
    Description      VARCHAR(255),
    -- The outside reference of the receipt (a settlement id, say).
    R_PnRef          VARCHAR(60),
    IsAllocated      CHAR(1) NOT NULL DEFAULT 'N' CHECK (IsAllocated IN ('Y','N')),
    UNIQUE (C_DocType_ID, DocumentNo)
);

CREATE SEQUENCE C_AllocationHdr_SQ START 1000000;
CREATE TABLE C_AllocationHdr (
    C_AllocationHdr_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_allocationhdr_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    DocumentNo       VARCHAR(30) NOT NULL,
    C_DocType_ID     NUMERIC(10) NOT NULL REFERENCES C_DocType,
    DocStatus        CHAR(2) NOT NULL DEFAULT 'DR',
    DocAction        CHAR(2) NOT NULL DEFAULT 'CO',
    Processed        CHAR(1) NOT NULL DEFAULT 'N' CHECK (Processed IN ('Y','N')),
    DateTrx          DATE NOT NULL,
    DateAcct         DATE NOT NULL,
    C_Currency_ID    NUMERIC(10) NOT NULL REFERENCES C_Currency,
    ApprovalAmt      NUMERIC NOT NULL DEFAULT 0,
    UNIQUE (C_DocType_ID, DocumentNo)
);

CREATE SEQUENCE C_AllocationLine_SQ START 1000000;
CREATE TABLE C_AllocationLine (
    C_AllocationLine_ID NUMERIC(10) PRIMARY KEY DEFAULT nextval('c_allocationline_sq'),
    AD_Client_ID     NUMERIC(10) NOT NULL DEFAULT 1000000,
    AD_Org_ID        NUMERIC(10) NOT NULL DEFAULT 1000000,
    IsActive         CHAR(1) NOT NULL DEFAULT 'Y' CHECK (IsActive IN ('Y','N')),
    Created          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CreatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    Updated          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UpdatedBy        NUMERIC(10) NOT NULL DEFAULT 100,
    C_AllocationHdr_ID NUMERIC(10) NOT NULL REFERENCES C_AllocationHdr,
    C_Invoice_ID     NUMERIC(10) NOT NULL REFERENCES C_Invoice,
    C_Payment_ID     NUMERIC(10) NOT NULL REFERENCES C_Payment,
    C_BPartner_ID    NUMERIC(10) NOT NULL REFERENCES C_BPartner,
    C_Order_ID       NUMERIC(10) REFERENCES C_Order,
    Amount           NUMERIC NOT NULL CHECK (Amount >= 0),
    DiscountAmt      NUMERIC NOT NULL DEFAULT 0 CHECK (DiscountAmt >= 0),
    WriteOffAmt      NUMERIC NOT NULL DEFAULT 0 CHECK (WriteOffAmt >= 0),
    OverUnderAmt     NUMERIC NOT NULL DEFAULT 0,
    DateTrx          DATE NOT NULL
);
CREATE INDEX C_AllocationLine_Invoice ON C_AllocationLine (C_Invoice_ID);
CREATE INDEX C_AllocationLine_Payment ON C_AllocationLine (C_Payment_ID);

-- Document numbers: one AD_Sequence per document type, drawn with a row lock.
INSERT INTO AD_Sequence (Name, Description, CurrentNext) VALUES
  ('DocumentNo_C_Order', 'Sales orders', 1000000),
  ('DocumentNo_M_InOut', 'Customer shipments', 1000000),
  ('DocumentNo_C_Invoice', 'Customer invoices', 1000000),
  ('DocumentNo_C_Payment', 'Receipts', 1000000),
  ('DocumentNo_C_AllocationHdr', 'Allocations', 1000000),
  ('C_BPartner', 'Search key of new business partners', 1000000);

INSERT INTO C_DocType (Name, DocBaseType, IsSOTrx, DocNoSequence_ID)
SELECT 'Standard Order', 'SOO', 'Y', AD_Sequence_ID FROM AD_Sequence WHERE Name = 'DocumentNo_C_Order';
INSERT INTO C_DocType (Name, DocBaseType, IsSOTrx, DocNoSequence_ID)
SELECT 'MM Shipment', 'MMS', 'Y', AD_Sequence_ID FROM AD_Sequence WHERE Name = 'DocumentNo_M_InOut';
INSERT INTO C_DocType (Name, DocBaseType, IsSOTrx, DocNoSequence_ID)
SELECT 'AR Invoice', 'ARI', 'Y', AD_Sequence_ID FROM AD_Sequence WHERE Name = 'DocumentNo_C_Invoice';
INSERT INTO C_DocType (Name, DocBaseType, IsSOTrx, DocNoSequence_ID)
SELECT 'AR Receipt', 'ARR', 'Y', AD_Sequence_ID FROM AD_Sequence WHERE Name = 'DocumentNo_C_Payment';
INSERT INTO C_DocType (Name, DocBaseType, IsSOTrx, DocNoSequence_ID)
SELECT 'Payment Allocation', 'CMA', 'Y', AD_Sequence_ID FROM AD_Sequence WHERE Name = 'DocumentNo_C_AllocationHdr';

INSERT INTO C_UOM (X12DE355, Name, IsDefault) VALUES ('EA', 'Each', 'Y');
INSERT INTO C_TaxCategory (Name, IsDefault) VALUES ('Standard', 'Y'), ('Reduced', 'N');
