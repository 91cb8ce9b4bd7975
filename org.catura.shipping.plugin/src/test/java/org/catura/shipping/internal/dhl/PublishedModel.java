package org.catura.shipping.internal.dhl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The part of DHL's published Parcel DE Shipping v2 model (ShipmentOrderRequest, Shipment,
 * Shipper, ContactAddress, ShipmentDetails, Weight, Dimensions) the sink uses: the properties each
 * object may have and those it must have. A request with a property the model does not know, or
 * without a required one, fails.
 */
final class PublishedModel {

    private record Schema(Set<String> allowed, Set<String> required) {
    }

    private static final Schema ADDRESS = new Schema(Set.of("name1", "name2", "name3", "dispatchingInformation",
            "addressStreet", "addressHouse", "additionalAddressInformation1", "additionalAddressInformation2",
            "postalCode", "city", "state", "country", "contactName", "phone", "email"),
            Set.of("name1", "addressStreet", "city", "country"));
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "request", new Schema(Set.of("profile", "shipments"), Set.of("profile", "shipments")),
            "shipment", new Schema(Set.of("product", "billingNumber", "refNo", "costCenter", "creationSoftware",
                    "shipDate", "shipper", "consignee", "details", "services", "customs"),
                    Set.of("product", "billingNumber", "shipper", "consignee", "details")),
            "shipper", ADDRESS, "consignee", ADDRESS,
            "details", new Schema(Set.of("dim", "weight"), Set.of("weight")),
            "weight", new Schema(Set.of("uom", "value"), Set.of("uom", "value")),
            "dim", new Schema(Set.of("uom", "height", "length", "width"), Set.of("uom", "height", "length", "width")));

    private PublishedModel() {
    }

    static void check(JsonNode request) {
        object("request", request);
        for (JsonNode shipment : request.get("shipments")) {
            object("shipment", shipment);
            object("shipper", shipment.get("shipper"));
            object("consignee", shipment.get("consignee"));
            object("details", shipment.get("details"));
            object("weight", shipment.get("details").get("weight"));
            if (shipment.get("details").has("dim")) {
                object("dim", shipment.get("details").get("dim"));
            }
            assertTrue(Set.of("g", "kg").contains(shipment.at("/details/weight/uom").asText()));
            assertTrue(shipment.get("consignee").get("country").asText().matches("[A-Z]{3}"), "alpha-3 countries");
            assertTrue(shipment.get("billingNumber").asText().matches("\\d{12}[0-9A-Za-z]{2}"));
            assertTrue(shipment.get("refNo").asText().length() >= 8 && shipment.get("refNo").asText().length() <= 35);
            assertTrue(shipment.get("shipDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        }
    }

    private static void object(String name, JsonNode node) {
        Schema schema = SCHEMAS.get(name);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!schema.allowed().contains(field)) {
                fail(name + "." + field + " is not in DHL's published model");
            }
        }
        for (String field : schema.required()) {
            if (!node.hasNonNull(field)) {
                fail(name + "." + field + " is required by DHL's published model");
            }
        }
    }
}
