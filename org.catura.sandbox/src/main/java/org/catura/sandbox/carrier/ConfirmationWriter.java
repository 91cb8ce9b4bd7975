package org.catura.sandbox.carrier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The confirmations in the product's formats (org.catura.shipping.plugin docs/confirmations.md):
 * the CSV with its fixed header for files, the JSON for the HTTP callback; and their garbled forms.
 */
final class ConfirmationWriter {

    static final String CSV_HEADER =
            "reference;order_reference;tracking_no;replaces_tracking_no;shipped_at;sku;quantity;weight_kg";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfirmationWriter() {
    }

    /** One row per parcel and SKU. */
    static String csv(PartnerShipment s, Instant shippedAt, List<ShipmentPlan.Parcel> parcels) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (ShipmentPlan.Parcel p : parcels) {
            for (PartnerShipment.Line l : p.lines()) {
                out.append(String.join(";", s.reference(), nullToEmpty(s.orderReference()), p.trackingNo(),
                        nullToEmpty(p.replaces()), shippedAt.toString(), l.sku(), number(l.quantity()),
                        number(p.weightKg()))).append('\n');
            }
        }
        return out.toString();
    }

    /** The first data line cut to three fields: the product refuses the whole file naming line 2. */
    static String garbledCsv(PartnerShipment s, Instant shippedAt, List<ShipmentPlan.Parcel> parcels) {
        String[] lines = csv(s, shippedAt, parcels).split("\n");
        String[] fields = lines[1].split(";", -1);
        lines[1] = fields[0] + ";" + fields[1] + ";" + fields[2];
        return String.join("\n", lines) + "\n";
    }

    static String json(PartnerShipment s, Instant shippedAt, List<ShipmentPlan.Parcel> parcels) {
        ObjectNode root = JSON.createObjectNode();
        root.put("reference", s.reference());
        root.put("orderReference", s.orderReference());
        root.put("shippedAt", shippedAt.toString());
        ArrayNode list = root.putArray("parcels");
        for (ShipmentPlan.Parcel p : parcels) {
            ObjectNode parcel = list.addObject();
            parcel.put("trackingNo", p.trackingNo());
            parcel.put("replacesTrackingNo", p.replaces());
            parcel.put("weightKg", p.weightKg());
            ArrayNode lines = parcel.putArray("lines");
            for (PartnerShipment.Line l : p.lines()) {
                lines.addObject().put("sku", l.sku()).put("quantity", l.quantity());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON cut off halfway: a syntax error for the product. */
    static String garbledJson(PartnerShipment s, Instant shippedAt, List<ShipmentPlan.Parcel> parcels) {
        String whole = json(s, shippedAt, parcels);
        return whole.substring(0, whole.length() / 2);
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
