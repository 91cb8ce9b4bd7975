package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a decision is taken on: the estimated package, the destination and its zone (null:
 * no zone holds the address), and what the order asked for. The priority rules' conditions read
 * {@link #asMap()}.
 */
public record Facts(Parcel parcel, String country, String postalCode, Zone zone, boolean cod, ServiceLevel level,
        boolean prime, boolean signature, boolean idCheck, boolean ageCheck, List<String> skus, BigDecimal pieces) {

    public String zoneValue() {
        return zone == null ? null : zone.value();
    }

    public boolean island() {
        return zone != null && zone.island();
    }

    /** The names the rules use; also the "facts" of the decision JSON. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new HashMap<>(24);
        m.put("weightKg", parcel.weightKg());
        m.put("lengthCm", parcel.lengthCm());
        m.put("widthCm", parcel.widthCm());
        m.put("heightCm", parcel.heightCm());
        m.put("girthCm", parcel.girthCm());
        m.put("country", country);
        m.put("postalCode", postalCode);
        m.put("zone", zoneValue());
        m.put("island", island());
        m.put("cod", cod);
        m.put("serviceLevel", level.name());
        m.put("prime", prime);
        m.put("signature", signature);
        m.put("idCheck", idCheck);
        m.put("ageCheck", ageCheck);
        m.put("skus", skus);
        m.put("pieces", pieces);
        return m;
    }
}
