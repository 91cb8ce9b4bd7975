package org.catura.erp.embedded.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.ErpException;
import org.catura.core.api.erp.OrderLineDraft;

/** Checks order line drafts against the (cached) master data and computes their net amounts. */
final class OrderLineResolver {

    /** A checked line, ready to be written, with its tax's rate. */
    record ResolvedLine(int productId, int chargeId, String description, BigDecimal qty, BigDecimal price, int taxId,
            BigDecimal rate, BigDecimal lineNetAmt) {

        TaxCalculator.TaxedLine taxed() {
            return new TaxCalculator.TaxedLine(taxId, rate, lineNetAmt);
        }
    }

    private final ProductRepository products;
    private final ChargeRepository charges;
    private final TaxRepository taxes;

    OrderLineResolver(ReferenceCache cache) {
        this.products = new ProductRepository(cache);
        this.charges = new ChargeRepository(cache);
        this.taxes = new TaxRepository(cache);
    }

    List<ResolvedLine> resolve(Tx tx, List<OrderLineDraft> drafts) {
        if (drafts == null) {
            throw new ErpException("Order lines are missing (use an empty list for none)");
        }
        List<ResolvedLine> lines = new ArrayList<>();
        int n = 0;
        for (OrderLineDraft d : drafts) {
            n++;
            String where = "Order line " + n + ": ";
            if (d == null) {
                throw new ErpException(where + "is null");
            }
            if ((d.productId() > 0) == (d.chargeId() > 0)) {
                throw new ErpException(where + "needs either a product or a charge, not "
                        + (d.productId() > 0 ? "both" : "neither"));
            }
            if (d.productId() > 0 && !products.isActive(tx, d.productId())) {
                throw new ErpException(where + "product " + d.productId() + " does not exist or is inactive");
            }
            if (d.chargeId() > 0 && !charges.isActive(tx, d.chargeId())) {
                throw new ErpException(where + "charge " + d.chargeId() + " does not exist or is inactive");
            }
            if (d.qty() == null || d.qty().signum() <= 0) {
                throw new ErpException(where + "quantity must be positive, was " + d.qty());
            }
            if (d.price() == null) {
                throw new ErpException(where + "price is missing");
            }
            // Charges may be negative (promotions); a product is never sold below zero.
            if (d.productId() > 0 && d.price().signum() < 0) {
                throw new ErpException(where + "a product's price must not be negative, was " + d.price());
            }
            if (d.taxId() <= 0) {
                throw new ErpException(where + "tax is missing");
            }
            BigDecimal rate = taxes.rateOf(tx, d.taxId());
            lines.add(new ResolvedLine(d.productId(), d.chargeId(), d.description(), d.qty(), d.price(), d.taxId(),
                    rate, TaxCalculator.lineNetAmt(d.qty(), d.price())));
        }
        return lines;
    }
}
