package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A carrier's service as the matrix weighs it (CAT_ShippingService with its carrier and rates).
 * Limits null: not limited. {@code warehouseId} is the carrier's: a fulfilment partner ships
 * from its own stock. Rates are held per zone, lightest band first.
 */
public record Offer(int serviceId, String carrier, String carrierName, int warehouseId, boolean carrierActive,
        String service, String serviceName, ServiceLevel level, boolean active, BigDecimal maxWeightKg,
        BigDecimal maxLengthCm, BigDecimal maxWidthCm, BigDecimal maxHeightCm, BigDecimal maxGirthCm, boolean cod,
        boolean signature, boolean idCheck, boolean ageCheck, String currency, BigDecimal codSurcharge,
        BigDecimal bulkyLengthCm, BigDecimal bulkySurcharge, BigDecimal islandSurcharge,
        Map<String, List<Rate>> ratesByZone) {

    public Offer {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(maxWeightKg, "maxWeightKg");
        codSurcharge = zeroIfNull(codSurcharge);
        bulkySurcharge = zeroIfNull(bulkySurcharge);
        islandSurcharge = zeroIfNull(islandSurcharge);
        Map<String, List<Rate>> sorted = new HashMap<>();
        ratesByZone.forEach((zone, rates) -> sorted.put(zone,
                rates.stream().sorted(Comparator.comparing(Rate::maxWeightKg)).toList()));
        ratesByZone = Map.copyOf(sorted);
    }

    /** {@code carrier/service}, as the decision names it. */
    public String key() {
        return carrier + "/" + service;
    }

    /** Groups rates by their zone. */
    public static Map<String, List<Rate>> byZone(List<Rate> rates) {
        Map<String, List<Rate>> byZone = new HashMap<>();
        for (Rate r : rates) {
            byZone.computeIfAbsent(r.zone(), z -> new ArrayList<>()).add(r);
        }
        return byZone;
    }

    private static BigDecimal zeroIfNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
