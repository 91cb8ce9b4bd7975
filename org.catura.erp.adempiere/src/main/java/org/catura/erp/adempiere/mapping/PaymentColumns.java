package org.catura.erp.adempiere.mapping;

import org.catura.core.api.erp.PaymentDraft;

/** A receipt draft as C_Payment column values; bank account, currency id and document type come from the caller. */
public final class PaymentColumns {

    private PaymentColumns() {
    }

    public static ColumnValues receipt(PaymentDraft d, String tenderType) {
        String what = "Payment" + (d.reference() == null ? "" : " " + d.reference());
        SalesOrderColumns.require(d.bpartnerId() > 0, what + ": no business partner");
        SalesOrderColumns.require(d.amount() != null && d.amount().amount().signum() > 0,
                what + ": amount must be positive, was " + (d.amount() == null ? null : d.amount().amount()));
        SalesOrderColumns.currency(what, d.amount().currency());
        SalesOrderColumns.require(d.dateTrx() != null, what + ": no transaction date");
        SalesOrderColumns.require(tenderType != null && tenderType.matches("[ACDKTX]"),
                what + ": tender type '" + tenderType + "' is not one of A C D K T X");
        return new ColumnValues()
                .flag("IsReceipt", true)
                .id("C_BPartner_ID", d.bpartnerId())
                .amount("PayAmt", d.amount().amount())
                .date("DateTrx", d.dateTrx())
                .date("DateAcct", d.dateTrx())
                .text("TenderType", tenderType)
                .text("Description", PartnerColumns.blankToNull(d.description()))
                // The outside id (a settlement id, say); the embedded ERP keeps it in the same column.
                .text("R_PnRef", PartnerColumns.blankToNull(d.reference()));
    }
}
