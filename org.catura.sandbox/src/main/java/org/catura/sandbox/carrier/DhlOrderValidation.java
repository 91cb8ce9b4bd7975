package org.catura.sandbox.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one element of {@code shipments[]} as DHL does before it creates a label: the billing
 * number, the product, the weight, the shipper's and consignee's mandatory fields. Each finding
 * is a validation message in DHL's shape (property, message).
 */
final class DhlOrderValidation {

    private static final Pattern BILLING_NUMBER = Pattern.compile("\\d{12}[0-9A-Za-z]{2}");
    private static final Pattern GERMAN_POSTCODE = Pattern.compile("\\d{5}");
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    record Message(String property, String text) {
    }

    private final LocalDate today;

    DhlOrderValidation(LocalDate today) {
        this.today = today;
    }

    List<Message> check(JsonNode shipment) {
        List<Message> messages = new ArrayList<>();
        Optional<DhlProduct> product = DhlProduct.of(shipment.path("product").asText(""));
        if (product.isEmpty()) {
            messages.add(new Message("product", shipment.hasNonNull("product")
                    ? "The product " + shipment.get("product").asText() + " is unknown."
                    : "The product must not be empty."));
        }
        String billing = shipment.path("billingNumber").asText("");
        if (!BILLING_NUMBER.matcher(billing).matches()) {
            messages.add(new Message("billingNumber", "The billing number must have 14 characters: EKP (10 digits),"
                    + " procedure (2 digits) and participation (2 characters)."));
        } else if (product.isPresent() && !billing.substring(10, 12).equals(product.get().procedure)) {
            messages.add(new Message("billingNumber", "The billing number " + billing + " is not valid for the product "
                    + product.get().name() + " (procedure " + product.get().procedure + ")."));
        }
        String refNo = shipment.path("refNo").asText(null);
        if (refNo != null && (refNo.length() < 8 || refNo.length() > 35)) {
            messages.add(new Message("refNo", "The reference number must have 8 to 35 characters."));
        }
        if (shipment.hasNonNull("shipDate")) {
            try {
                if (LocalDate.parse(shipment.get("shipDate").asText()).isBefore(today)) {
                    messages.add(new Message("shipDate", "The shipment date must not be in the past."));
                }
            } catch (DateTimeParseException e) {
                messages.add(new Message("shipDate", "The shipment date must be given as yyyy-mm-dd."));
            }
        }
        address(shipment.path("shipper"), "shipper", messages);
        String country = address(shipment.path("consignee"), "consignee", messages);
        if (product.isPresent() && country != null && product.get().domestic != "DEU".equals(country)) {
            messages.add(new Message("consignee.country", "The product " + product.get().name() + " cannot be sent to "
                    + country + "."));
        }
        weight(shipment.path("details").path("weight"), product.orElse(null), messages);
        return messages;
    }

    /** @return the address's country when it is a valid one */
    private static String address(JsonNode address, String name, List<Message> messages) {
        if (address.isMissingNode() || address.isNull()) {
            messages.add(new Message(name, "The " + name + " must not be empty."));
            return null;
        }
        for (String field : List.of("name1", "addressStreet", "city")) {
            if (address.path(field).asText("").isBlank()) {
                messages.add(new Message(name + "." + field, "The field " + field + " must not be empty."));
            }
        }
        String name1 = address.path("name1").asText("");
        if (name1.length() > 50) {
            messages.add(new Message(name + ".name1", "The field name1 must not be longer than 50 characters."));
        }
        String country = address.path("country").asText("");
        if (!COUNTRIES.contains(country)) {
            messages.add(new Message(name + ".country", country.isEmpty() ? "The country must not be empty."
                    : "The country " + country + " is no ISO 3166-1 alpha-3 code."));
            return null;
        }
        String postalCode = address.path("postalCode").asText("");
        if ("DEU".equals(country) && !GERMAN_POSTCODE.matcher(postalCode).matches()) {
            messages.add(new Message(name + ".postalCode", "Please enter a valid postcode."));
        }
        return country;
    }

    private static void weight(JsonNode weight, DhlProduct product, List<Message> messages) {
        if (weight.isMissingNode() || !weight.path("value").isNumber()) {
            messages.add(new Message("details.weight", "The weight must be given."));
            return;
        }
        String uom = weight.path("uom").asText("");
        BigDecimal value = weight.get("value").decimalValue();
        BigDecimal grams;
        switch (uom) {
            case "g" -> grams = value;
            case "kg" -> grams = value.multiply(BigDecimal.valueOf(1000));
            default -> {
                messages.add(new Message("details.weight.uom", "The unit of the weight must be g or kg."));
                return;
            }
        }
        if (grams.signum() <= 0) {
            messages.add(new Message("details.weight.value", "The weight must be greater than 0."));
        } else if (product != null && grams.compareTo(BigDecimal.valueOf(product.maxGrams)) > 0) {
            messages.add(new Message("details.weight.value", "The weight " + grams.setScale(0, RoundingMode.UP)
                    + " g exceeds the maximum of " + product.maxGrams + " g for " + product.name() + "."));
        }
    }

    static long grams(JsonNode weight) {
        BigDecimal value = weight.path("value").decimalValue();
        return ("kg".equals(weight.path("uom").asText()) ? value.multiply(BigDecimal.valueOf(1000)) : value)
                .setScale(0, RoundingMode.UP).longValueExact();
    }
}
