package org.catura.erp.adempiere.model;

import org.catura.core.api.erp.BusinessPartners;
import org.catura.core.api.erp.Charges;
import org.catura.core.api.erp.CompanyDetails;
import org.catura.core.api.erp.ErpParts;
import org.catura.core.api.erp.ForwardingErp;
import org.catura.core.api.erp.Invoices;
import org.catura.core.api.erp.Payments;
import org.catura.core.api.erp.Products;
import org.catura.core.api.erp.RecordIds;
import org.catura.core.api.erp.SalesOrders;
import org.catura.core.api.erp.Shipments;
import org.catura.core.api.erp.Taxes;

/**
 * The ERP port on the ADempiere/iDempiere model classes; every call for its transaction's tenant,
 * in that tenant's Env context, with that tenant's settings from AD_SysConfig.
 */
public final class AdempiereErp extends ForwardingErp {

    /** @param settings the configured tenant, and the values a tenant's AD_SysConfig does not set */
    public AdempiereErp(ErpSettings settings) {
        this(new TenantContext(new TenantSettings(settings, new ErpSysConfig())));
    }

    AdempiereErp(TenantContext tenant) {
        super(new ErpParts(tenant.around(BusinessPartners.class, AdempiereBusinessPartners::new),
                tenant.around(Products.class, AdempiereProducts::new),
                tenant.around(Taxes.class, AdempiereTaxes::new),
                tenant.around(Charges.class, AdempiereCharges::new),
                tenant.around(SalesOrders.class, AdempiereSalesOrders::new),
                tenant.around(Shipments.class, AdempiereShipments::new),
                tenant.around(Invoices.class, AdempiereInvoices::new),
                tenant.around(Payments.class, AdempierePayments::new),
                tenant.around(CompanyDetails.class, AdempiereCompany::new),
                tenant.around(RecordIds.class, AdempiereRecordIds::new)));
    }
}
