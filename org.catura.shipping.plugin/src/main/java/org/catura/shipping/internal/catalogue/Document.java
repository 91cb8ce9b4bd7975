package org.catura.shipping.internal.catalogue;

import java.math.BigDecimal;
import java.util.List;
import org.catura.shipping.api.CarrierKind;

/**
 * A catalogue document as read and checked, with names resolved to ids (warehouse, currency).
 * Values are as they go into the CAT_ columns; a null secret is "keep the stored one", an empty
 * one "remove it".
 */
record Document(List<ZoneRow> zones, List<CarrierRow> carriers, List<RuleRow> rules) {

    record ZoneRow(String path, String value, String name, int seqNo, List<String> countries, String postalCodes,
            boolean island, boolean active) {
    }

    record CarrierRow(String path, String value, String name, CarrierKind kind, int warehouseId, String description,
            String amazonCarrierCode, String amazonCarrierName, String trackingUrl, String trackingNoPattern,
            boolean active, Transmission transmission, Return returns, Watchdog watchdog, List<ServiceRow> services) {
    }

    record Transmission(String channel, String format, String template, String host, Integer port, String path,
            String user, String secret, String hostKey, String email, String apiKey, String accountNo) {
    }

    record Return(String channel, String host, Integer port, String path, String user, String secret,
            String hostKey) {
    }

    record Watchdog(int confirmWithinHours, String workDays, String workDayStart, String workDayEnd, String cutOff,
            String timeZone) {
    }

    /** {@code rates} null: the document has no rates for the service, its stored ones stay. */
    record ServiceRow(String path, String value, String name, String carrierProduct, String serviceLevel,
            BigDecimal maxWeightKg, BigDecimal maxLengthCm, BigDecimal maxWidthCm, BigDecimal maxHeightCm,
            BigDecimal maxGirthCm, boolean cod, boolean signature, boolean idCheck, boolean ageCheck, int currencyId,
            BigDecimal codSurcharge, BigDecimal bulkyLengthCm, BigDecimal bulkySurcharge, BigDecimal islandSurcharge,
            String cutOff, boolean active, List<RateRow> rates) {
    }

    record RateRow(String zone, BigDecimal maxWeightKg, BigDecimal price, int transitDays) {
    }

    record RuleRow(String path, int seqNo, String name, String condition, String action, String value, String reason,
            boolean active) {
    }
}
