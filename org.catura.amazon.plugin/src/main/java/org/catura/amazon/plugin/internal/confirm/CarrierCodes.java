package org.catura.amazon.plugin.internal.confirm;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amazon's carrierCode for a carrier as the ERP names it. The codes are Amazon's CarrierCode
 * values (the feeds' list, which Amazon extends now and then, hence data here); a carrier not on
 * the list goes as {@code Other} with its own name, which Amazon accepts with carrierName.
 */
final class CarrierCodes {

    static final String OTHER = "Other";

    private static final List<String> CODES = List.of("DHL", "Deutsche Post", "DPD", "GLS",
            "Hermes Logistik Gruppe", "UPS", "TNT", "FedEx", "Royal Mail", "Parcelforce");

    /** Names ERPs use for a carrier whose code Amazon spells otherwise ("Hermes" is not a code). */
    private static final Map<String, String> ALSO_CALLED = Map.of("hermes", "Hermes Logistik Gruppe",
            "hermes germany", "Hermes Logistik Gruppe", "dhl paket", "DHL", "dhl express", "DHL",
            "deutsche post dhl", "DHL", "fedex express", "FedEx", "ups standard", "UPS");

    /** {@code name} is only set with {@link #OTHER}. */
    record Carrier(String code, String name) {
    }

    private CarrierCodes() {
    }

    static Carrier of(String erpName) {
        String key = erpName.strip().toLowerCase(Locale.ROOT);
        for (String code : CODES) {
            if (code.toLowerCase(Locale.ROOT).equals(key)) {
                return new Carrier(code, null);
            }
        }
        String code = ALSO_CALLED.get(key);
        return code != null ? new Carrier(code, null) : new Carrier(OTHER, erpName.strip());
    }
}
