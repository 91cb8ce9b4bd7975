-- The tenant (iDempiere's AD_Client_ID) an order belongs to: that of the channel that imported it.
-- The engine runs the order's stations for this tenant. Orders from before tenants were the
-- standalone runtime's, the embedded ERP's only client.
alter table catura_order add column AD_Client_ID NUMERIC(10) NOT NULL DEFAULT 1000000;
