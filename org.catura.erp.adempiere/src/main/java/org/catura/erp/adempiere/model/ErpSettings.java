package org.catura.erp.adempiere.model;

import org.catura.erp.adempiere.mapping.ErpContext;
import org.catura.erp.adempiere.mapping.StockSql;

/** What the port needs beyond the transaction: the tenant context and a few document defaults. */
public record ErpSettings(ErpContext context, int orderDocTypeId, int bankAccountId, String tenderType,
        StockSql stock) {
}
