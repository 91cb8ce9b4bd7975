package org.catura.erp.adempiere.model;

import org.catura.core.api.erp.ErpParts;
import org.catura.core.api.erp.ForwardingErp;

/** The ERP port on the ADempiere/iDempiere model classes. */
public final class AdempiereErp extends ForwardingErp {

    public AdempiereErp(ErpSettings settings) {
        super(new ErpParts(new AdempiereBusinessPartners(settings), new AdempiereProducts(settings),
                new AdempiereTaxes(settings), new AdempiereCharges(settings), new AdempiereSalesOrders(settings),
                new AdempiereShipments(settings), new AdempiereInvoices(settings), new AdempierePayments(settings),
                new AdempiereCompany(settings)));
    }
}
