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

/** The ERP port on the ADempiere/iDempiere model classes; every call in the tenant's Env context. */
public final class AdempiereErp extends ForwardingErp {

    public AdempiereErp(ErpSettings settings) {
        this(settings, new TenantContext(settings.context()));
    }

    private AdempiereErp(ErpSettings settings, TenantContext tenant) {
        super(new ErpParts(tenant.around(BusinessPartners.class, new AdempiereBusinessPartners(settings)),
                tenant.around(Products.class, new AdempiereProducts(settings)),
                tenant.around(Taxes.class, new AdempiereTaxes(settings)),
                tenant.around(Charges.class, new AdempiereCharges(settings)),
                tenant.around(SalesOrders.class, new AdempiereSalesOrders(settings)),
                tenant.around(Shipments.class, new AdempiereShipments(settings)),
                tenant.around(Invoices.class, new AdempiereInvoices(settings)),
                tenant.around(Payments.class, new AdempierePayments(settings)),
                tenant.around(CompanyDetails.class, new AdempiereCompany(settings)),
                tenant.around(RecordIds.class, new AdempiereRecordIds(settings))));
    }
}
