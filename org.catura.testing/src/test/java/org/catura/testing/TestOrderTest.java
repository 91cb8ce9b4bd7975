package org.catura.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.OrderFlag;
import org.junit.jupiter.api.Test;

class TestOrderTest {

    @Test
    void theDefaultOrderIsTwoMugsToBerlinIncludingGermanVat() {
        ImportedOrder o = TestOrder.order("302-1");
        assertEquals("amazon-de", o.channel());
        assertEquals("302-1", o.externalId());
        assertEquals(ChannelOrderStatus.UNSHIPPED, o.status());
        assertEquals("buyer-302-1@marketplace.example", o.buyer().email());
        assertEquals("10115", o.shipTo().postalCode());
        assertEquals(1, o.lines().size());
        ImportedLine line = o.lines().get(0);
        assertEquals("SKU-1", line.sku());
        assertEquals(new BigDecimal("2"), line.quantity());
        assertEquals(new BigDecimal("3.19"), line.itemTax());
        assertEquals(new BigDecimal("19.98"), o.orderTotal());
        assertTrue(o.pricesIncludeTax());
    }

    @Test
    void linesReplaceTheDefaultAndMakeTheTotal() {
        ImportedOrder o = TestOrder.of("302-2").buyer("Eva Klein").line("CAT-MUG-001", 1, "12.90")
                .line(TestOrder.line("2", "CAT-TEE-001", "Tee", 2, "40.00", TestOrder.GERMAN_VAT)
                        .withShipping(new BigDecimal("4.99"), new BigDecimal("0.80")))
                .flag(OrderFlag.values()[0]).build();
        assertEquals(2, o.lines().size());
        assertEquals(new BigDecimal("2.06"), o.lines().get(0).itemTax());
        assertEquals(new BigDecimal("57.89"), o.orderTotal());
        assertEquals("Eva Klein", o.buyer().name());
        assertEquals("Eva Klein", o.shipTo().name(), "the buyer ships to themselves");
        assertEquals(1, o.flags().size());
    }

    @Test
    void aCopyChangesOnlyWhatIsSet() {
        ImportedOrder first = TestOrder.of("302-3").orderTotal("25.00").purchaseOrderNumber("PO-7").build();
        Instant later = first.lastUpdatedAt().plusSeconds(60);
        ImportedOrder cancelled = TestOrder.from(first).status(ChannelOrderStatus.CANCELLED).lastUpdatedAt(later)
                .build();
        assertEquals(ChannelOrderStatus.CANCELLED, cancelled.status());
        assertEquals(later, cancelled.lastUpdatedAt());
        assertEquals(new ImportedOrder(first.channel(), first.externalId(), first.marketplaceId(),
                first.purchasedAt(), later, ChannelOrderStatus.CANCELLED, first.fulfilment(), first.buyer(),
                first.shipTo(), first.billTo(), first.currency(), first.pricesIncludeTax(), first.orderTotal(),
                first.serviceLevel(), first.flags(), first.purchaseOrderNumber(), first.cancellationReason(),
                first.deliveryInstructions(), first.latestShipDate(), first.lines()), cancelled);
    }
}
