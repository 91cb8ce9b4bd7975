package org.catura.core.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.catura.core.api.order.Buyer;
import org.catura.core.api.order.ChannelOrderStatus;
import org.catura.core.api.order.Fulfilment;
import org.catura.core.api.order.ImportedLine;
import org.catura.core.api.order.ImportedOrder;
import org.catura.core.api.order.PostalAddress;

/** Orders for tests: a German buyer, one line of 2 × 9.99 incl. 19 % VAT unless changed. */
public final class TestOrders {

    private TestOrders() {
    }

    public static PostalAddress address(String name, String street, String postal, String city, String country) {
        return new PostalAddress(name, null, street, null, null, city, null, null, postal, country, "+49 30 1234",
                "Residential");
    }

    public static ImportedOrder order(String id) {
        return order(id, new Buyer("Hans Müller", "buyer-" + id + "@marketplace.example", null, null, null),
                address("Hans Müller", "Hauptstraße 5", "10115", "Berlin", "DE"), ChannelOrderStatus.UNSHIPPED,
                List.of(ImportedLine.of("1", "SKU-1", "Mug", new BigDecimal("2"), new BigDecimal("19.98"),
                        new BigDecimal("3.19"))));
    }

    public static ImportedOrder order(String id, Buyer buyer, PostalAddress shipTo, ChannelOrderStatus status,
            List<ImportedLine> lines) {
        BigDecimal total = lines.stream().map(l -> l.itemPrice().add(l.shippingPrice()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ImportedOrder("amazon-de", id, "A1PA6795UKMFR9", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-20T10:05:00Z"), status, Fulfilment.MERCHANT, buyer, shipTo, null, "EUR", true,
                total, "Standard", Set.of(), null, null, null, null, lines);
    }
}
