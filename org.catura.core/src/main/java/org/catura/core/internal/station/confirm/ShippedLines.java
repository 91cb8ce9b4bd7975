package org.catura.core.internal.station.confirm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catura.core.api.channel.ShippedPackage;
import org.catura.core.api.erp.ShipmentLine;
import org.catura.core.api.order.ImportedLine;

/**
 * Tells which of the channel's order lines a delivery note's lines ship. The ERP knows products,
 * the channel its own line ids: a product's SKU finds the order's lines with that SKU, and the
 * shipped quantity fills them in order, so two lines of one SKU each get their share and the
 * packages of a partial delivery, told in turn, never ship a line twice over.
 */
final class ShippedLines {

    /** The SKU of an ERP product, or null when the ERP has no such product. */
    @FunctionalInterface
    interface Skus {
        String of(int productId);
    }

    private final String externalOrderId;
    private final List<ImportedLine> lines;
    private final Map<String, BigDecimal> left = new LinkedHashMap<>();

    ShippedLines(String externalOrderId, List<ImportedLine> lines) {
        this.externalOrderId = externalOrderId;
        this.lines = lines;
        lines.forEach(l -> left.merge(l.lineId(), l.quantity(), BigDecimal::add));
    }

    /**
     * The channel's lines of one delivery note, taken from what is still unshipped.
     *
     * @throws IllegalArgumentException when a product is not on the order or more is shipped than was ordered
     */
    List<ShippedPackage.Line> take(String documentNo, List<ShipmentLine> shipped, Skus skus) {
        Map<String, BigDecimal> taken = new LinkedHashMap<>();
        for (ShipmentLine line : shipped) {
            if (line.movementQty().signum() <= 0) {
                continue;
            }
            String sku = skus.of(line.productId());
            BigDecimal open = line.movementQty();
            for (ImportedLine ordered : lines) {
                if (open.signum() == 0) {
                    break;
                }
                if (sku == null || !sku.equals(ordered.sku())) {
                    continue;
                }
                BigDecimal share = open.min(left.get(ordered.lineId()));
                if (share.signum() > 0) {
                    left.merge(ordered.lineId(), share.negate(), BigDecimal::add);
                    taken.merge(ordered.lineId(), share, BigDecimal::add);
                    open = open.subtract(share);
                }
            }
            if (open.signum() > 0) {
                throw new IllegalArgumentException("Delivery note " + documentNo + " ships " + line.movementQty()
                        + " of " + (sku == null ? "product " + line.productId() : "SKU " + sku) + " (line "
                        + line.line() + "), but order " + externalOrderId + " has "
                        + (sku == null || lines.stream().noneMatch(l -> sku.equals(l.sku())) ? "no such item"
                                : open + " fewer unshipped")
                        + ": correct the delivery note in the ERP");
            }
        }
        List<ShippedPackage.Line> result = new ArrayList<>();
        taken.forEach((lineId, quantity) -> result.add(new ShippedPackage.Line(lineId, quantity)));
        return result;
    }
}
