package org.catura.shipping.internal.dhl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.catura.core.api.erp.Company;
import org.catura.core.api.erp.Location;
import org.catura.core.api.order.PostalAddress;
import org.catura.core.api.outbox.UndeliverableMessageException;

/**
 * The body of {@code POST /orders} (Parcel DE Shipping v2, ShipmentOrderRequest) for one shipment:
 * profile STANDARD_GRUPPENPROFIL, the service's product, the carrier's billing number, the
 * shipment reference as refNo, the seller as shipper, the order's ship-to as consignee, the
 * decided weight in grams and, when known, the dimensions in cm. The buyer's e-mail and phone
 * are not sent: DHL may have them only with the buyer's consent (GDPR art. 4 no. 11, as DHL's model says).
 */
final class DhlOrderRequest {

    static final String PROFILE = "STANDARD_GRUPPENPROFIL";
    private static final int NAME_MAX = 50;

    private DhlOrderRequest() {
    }

    static String body(ObjectMapper json, String reference, String billingNumber, LocalDate shipDate,
            DhlShipmentFacts facts, Company seller, PostalAddress shipTo) {
        List<String> problems = new ArrayList<>();
        ObjectNode request = json.createObjectNode();
        request.put("profile", PROFILE);
        ObjectNode shipment = request.putArray("shipments").addObject();
        shipment.put("product", facts.product());
        shipment.put("billingNumber", billingNumber);
        shipment.put("refNo", reference);
        shipment.put("shipDate", shipDate.toString());
        shipper(shipment.putObject("shipper"), seller, problems);
        consignee(shipment.putObject("consignee"), shipTo, problems);
        ObjectNode details = shipment.putObject("details");
        details.putObject("weight").put("uom", "g")
                .put("value", facts.weightKg().multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.UP)
                        .intValueExact());
        if (facts.lengthCm() != null && facts.widthCm() != null && facts.heightCm() != null) {
            details.putObject("dim").put("uom", "cm").put("length", cm(facts.lengthCm())).put("width", cm(facts.widthCm()))
                    .put("height", cm(facts.heightCm()));
        }
        if (!problems.isEmpty()) {
            throw new UndeliverableMessageException("Shipment " + reference + " cannot go to DHL: "
                    + String.join("; ", problems));
        }
        return request.toString();
    }

    private static int cm(BigDecimal value) {
        return value.setScale(0, RoundingMode.UP).intValueExact();
    }

    private static void shipper(ObjectNode node, Company seller, List<String> problems) {
        Location a = seller == null ? null : seller.address();
        if (seller == null || blank(seller.legalName()) || a == null || blank(a.address1()) || blank(a.city())
                || blank(a.postal()) || DhlAddresses.alpha3(a.countryCode()) == null) {
            problems.add("the seller's company details (name, street, postal code, city, country) are incomplete:"
                    + " DHL prints them as the shipper; complete them in the company settings, then resend");
            return;
        }
        node.put("name1", truncate(seller.legalName()));
        DhlAddresses.Street street = DhlAddresses.street(a.address1());
        node.put("addressStreet", street.street());
        putIfPresent(node, "addressHouse", street.house());
        node.put("postalCode", a.postal().strip());
        node.put("city", a.city().strip());
        node.put("country", DhlAddresses.alpha3(a.countryCode()));
    }

    private static void consignee(ObjectNode node, PostalAddress to, List<String> problems) {
        if (to == null) {
            problems.add("the order has no delivery address");
            return;
        }
        String line = !blank(to.addressLine1()) ? to.addressLine1() : to.addressLine2();
        String extra = !blank(to.addressLine1()) ? to.addressLine2() : null;
        String country = DhlAddresses.alpha3(to.countryCode());
        List<String> missing = new ArrayList<>();
        if (blank(to.name())) {
            missing.add("name");
        }
        if (blank(line)) {
            missing.add("street");
        }
        if (blank(to.city())) {
            missing.add("city");
        }
        if (country == null) {
            missing.add("country");
        }
        if (!missing.isEmpty()) {
            problems.add("the delivery address lacks " + String.join(", ", missing)
                    + "; correct it on the order, then resend");
            return;
        }
        node.put("name1", truncate(to.name()));
        if (!blank(to.companyName()) && !to.companyName().strip().equals(to.name().strip())) {
            node.put("name2", truncate(to.companyName()));
        }
        DhlAddresses.Street street = DhlAddresses.street(line);
        node.put("addressStreet", street.street());
        putIfPresent(node, "addressHouse", street.house());
        putIfPresent(node, "additionalAddressInformation1", extra);
        putIfPresent(node, "postalCode", to.postalCode());
        node.put("city", to.city().strip());
        if (!"DEU".equals(country)) {
            putIfPresent(node, "state", to.stateOrRegion());
        }
        node.put("country", country);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static String truncate(String s) {
        String t = s.strip();
        return t.length() <= NAME_MAX ? t : t.substring(0, NAME_MAX);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
