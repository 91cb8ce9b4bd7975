package org.catura.documents.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A wave's picking list: one line per product and locator, with the orders (delivery note
 * numbers) it goes to, in walking order (by locator, then SKU).
 */
public record PickingListDocument(String waveNo, Instant createdAt, String warehouseName, List<Line> lines,
        int orderCount) {

    public PickingListDocument {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(String locator, String sku, String name, BigDecimal quantity, String uom,
            List<String> deliveryNotes) {
        public Line {
            deliveryNotes = deliveryNotes == null ? List.of() : List.copyOf(deliveryNotes);
        }
    }
}
