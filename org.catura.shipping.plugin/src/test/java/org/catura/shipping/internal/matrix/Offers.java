package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for the matrix tests. */
final class Offers {

    static final Zone DE = new Zone("DE", "Germany", 20, Set.of("DE"), List.of(), false);
    static final Zone ISLANDS = new Zone("DE-ISL", "German islands", 10, Set.of("DE"),
            List.of("18565", "25845-25999", "26465-26486", "27498"), true);
    static final Zone EU = new Zone("EU", "EU", 30, Set.of("AT", "FR", "NL", "IT"), List.of(), false);

    private Offers() {
    }

    static Offer offer(int id, String carrier, String service, ServiceLevel level, String maxKg,
            Map<String, List<Rate>> rates) {
        return new Offer(id, carrier, carrier.toUpperCase(), 1, true, service, carrier.toUpperCase() + " " + service,
                level, true, new BigDecimal(maxKg), new BigDecimal("120"), new BigDecimal("60"), new BigDecimal("60"),
                new BigDecimal("300"), false, false, false, false, "EUR", BigDecimal.ZERO, null, BigDecimal.ZERO,
                BigDecimal.ZERO, rates);
    }

    static Map<String, List<Rate>> rates(String zone, String... bandPriceDays) {
        List<Rate> rates = new java.util.ArrayList<>();
        for (String b : bandPriceDays) {
            String[] p = b.split(":");
            rates.add(new Rate(zone, new BigDecimal(p[0]), new BigDecimal(p[1]), Integer.parseInt(p[2])));
        }
        return Map.of(zone, rates);
    }

    static Item item(int productId, String sku, String qty, String kg, String l, String w, String h) {
        return new Item(productId, sku, new BigDecimal(qty), kg == null ? null : new BigDecimal(kg),
                l == null ? null : new BigDecimal(l), w == null ? null : new BigDecimal(w),
                h == null ? null : new BigDecimal(h));
    }

    static ShipmentRequest toGermany(String postal, Item... items) {
        return new ShipmentRequest("DE", postal, ServiceLevel.STANDARD, false, false, false, false, false,
                List.of(items), 1);
    }
}
