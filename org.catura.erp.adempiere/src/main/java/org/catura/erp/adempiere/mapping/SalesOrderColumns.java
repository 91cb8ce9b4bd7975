package org.catura.erp.adempiere.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catura.core.api.erp.OrderLineDraft;
import org.catura.core.api.erp.SalesOrderDraft;

/** A sales order draft checked and turned into C_Order column values and numbered lines. */
public final class SalesOrderColumns {

    /** One line to create, numbered as iDempiere numbers them (10, 20, …). */
    public record NumberedLine(int line, OrderLineDraft draft) {
        public boolean isProduct() {
            return draft.productId() > 0;
        }
    }

    private SalesOrderColumns() {
    }

    /** C_Order header columns; the price list and document type are chosen by the caller. */
    public static ColumnValues header(SalesOrderDraft d) {
        String what = "Sales order " + (d.poReference() == null ? "(no POReference)" : d.poReference());
        require(d.bpartnerId() > 0, what + ": no business partner");
        require(d.shipLocationId() > 0, what + ": no ship-to location");
        require(d.warehouseId() > 0, what + ": no warehouse");
        require(d.dateOrdered() != null, what + ": no order date");
        currency(what, d.currency());
        lines(d);
        int billLocation = d.billLocationId() > 0 ? d.billLocationId() : d.shipLocationId();
        return new ColumnValues()
                .flag("IsSOTrx", true)
                .id("C_BPartner_ID", d.bpartnerId())
                .id("C_BPartner_Location_ID", d.shipLocationId())
                .id("Bill_BPartner_ID", d.bpartnerId())
                .id("Bill_Location_ID", billLocation)
                .id("AD_User_ID", d.contactId())
                .id("M_Warehouse_ID", d.warehouseId())
                .text("POReference", PartnerColumns.blankToNull(d.poReference()))
                .text("Description", PartnerColumns.blankToNull(d.description()))
                .date("DateOrdered", d.dateOrdered())
                .date("DatePromised", d.dateOrdered())
                .date("DateAcct", d.dateOrdered());
    }

    /** Checks every line and numbers them; the message names the line that is wrong. */
    public static List<NumberedLine> lines(SalesOrderDraft d) {
        return lines("Sales order " + d.poReference(), d.lines());
    }

    public static List<NumberedLine> lines(String what, List<OrderLineDraft> drafts) {
        require(drafts != null && !drafts.isEmpty(), what + ": no lines");
        List<NumberedLine> out = new ArrayList<>();
        int n = 0;
        for (OrderLineDraft l : drafts) {
            n += 10;
            String where = what + " line " + n;
            require(l.productId() > 0 ^ l.chargeId() > 0,
                    where + ": needs either a product or a charge, not " + (l.productId() > 0 ? "both" : "neither"));
            require(l.qty() != null && l.qty().signum() > 0, where + ": quantity must be positive, was " + l.qty());
            require(l.price() != null, where + ": no price");
            require(l.productId() == 0 || l.price().signum() >= 0,
                    where + ": a product cannot have a negative price (" + l.price() + "); use a charge");
            out.add(new NumberedLine(n, l));
        }
        return out;
    }

    /** ISO 4217, upper case. */
    public static String currency(String what, String currency) {
        require(currency != null && currency.strip().matches("[A-Za-z]{3}"),
                what + ": currency '" + currency + "' is not an ISO 4217 code");
        return currency.strip().toUpperCase(Locale.ROOT);
    }

    /** What is left to deliver or invoice on a line; never negative. */
    public static BigDecimal open(BigDecimal ordered, BigDecimal done) {
        BigDecimal o = ordered == null ? BigDecimal.ZERO : ordered;
        BigDecimal rest = o.subtract(done == null ? BigDecimal.ZERO : done);
        return rest.signum() > 0 ? rest : BigDecimal.ZERO;
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
