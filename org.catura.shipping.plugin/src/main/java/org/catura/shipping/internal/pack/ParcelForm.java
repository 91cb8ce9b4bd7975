package org.catura.shipping.internal.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.catura.shipping.api.ConfirmedParcel;

/**
 * The parcels a packer typed: per parcel a tracking number, an optional weight and, with several
 * parcels, how many of each delivery note line went into it. One parcel with no quantities holds
 * the whole delivery note. Quantities given must add up to the delivery note's per SKU: the
 * delivery note is completed as a whole. Every mistake is named at once; the form keeps what was typed.
 */
final class ParcelForm {

    static final int MAX_PARCELS = 50;
    private static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("1000");

    /** What the form shows again: field name → value as typed. */
    final Map<String, String> typed = new HashMap<>();
    final List<String> errors = new ArrayList<>();
    final int count;
    private final List<ConfirmedParcel> parcels = new ArrayList<>();

    private ParcelForm(int count) {
        this.count = count;
    }

    /** An empty form of {@code count} parcels. */
    static ParcelForm blank(int count) {
        return new ParcelForm(Math.max(1, Math.min(MAX_PARCELS, count)));
    }

    static int count(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > MAX_PARCELS) {
                throw new IllegalArgumentException("A shipment has 1 to " + MAX_PARCELS + " parcels, not " + n + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The number of parcels must be a number, was '" + value + "'.");
        }
    }

    /** Reads the form; {@link #errors} says what is wrong, {@link #parcels()} is only valid without errors. */
    static ParcelForm read(int count, PackSlip slip, Function<String, String> param) {
        ParcelForm f = new ParcelForm(count);
        Map<String, BigDecimal> packed = new LinkedHashMap<>();
        Set<String> trackingNos = new HashSet<>();
        boolean anyQuantity = false;
        List<List<ConfirmedParcel.Line>> linesPerParcel = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, BigDecimal> bySku = new LinkedHashMap<>();
            for (PackSlip.Line line : slip.lines()) {
                String name = "qty_" + i + "_" + line.lineId();
                String v = f.keep(name, param.apply(name));
                if (v == null) {
                    continue;
                }
                BigDecimal q = f.decimal(v, "Parcel " + i + ", " + line.sku() + ": the quantity");
                if (q == null) {
                    continue;
                }
                if (q.signum() < 0) {
                    f.errors.add("Parcel " + i + ", " + line.sku() + ": the quantity cannot be negative, was " + v + ".");
                    continue;
                }
                if (q.signum() > 0) {
                    anyQuantity = true;
                    bySku.merge(line.sku(), q, BigDecimal::add);
                    packed.merge(line.sku(), q, BigDecimal::add);
                }
            }
            linesPerParcel.add(bySku.entrySet().stream()
                    .map(e -> new ConfirmedParcel.Line(e.getKey(), e.getValue())).toList());
        }
        for (int i = 1; i <= count; i++) {
            String tracking = f.keep("tracking_" + i, param.apply("tracking_" + i));
            String weight = f.keep("weight_" + i, param.apply("weight_" + i));
            BigDecimal kg = null;
            if (tracking == null) {
                f.errors.add("Parcel " + i + ": scan or type its tracking number.");
            } else if (!tracking.matches("[A-Za-z0-9-]{4,60}")) {
                f.errors.add("Parcel " + i + ": the tracking number '" + tracking
                        + "' has characters no carrier uses; 4 to 60 letters, digits or dashes.");
            } else if (!trackingNos.add(tracking.toUpperCase(java.util.Locale.ROOT))) {
                f.errors.add("Parcel " + i + ": the tracking number " + tracking + " is given twice.");
            }
            if (weight != null) {
                kg = f.decimal(weight.replace(',', '.'), "Parcel " + i + ": the weight");
                if (kg != null && (kg.signum() <= 0 || kg.compareTo(MAX_WEIGHT_KG) > 0)) {
                    f.errors.add("Parcel " + i + ": the weight must be above 0 and at most 1000 kg, was " + weight + ".");
                    kg = null;
                }
            }
            if (count > 1 && anyQuantity && linesPerParcel.get(i - 1).isEmpty()) {
                f.errors.add("Parcel " + i + ": say what is in it (the quantities of its lines).");
            }
            if (tracking != null) {
                f.parcels.add(new ConfirmedParcel(tracking, null, kg, linesPerParcel.get(i - 1)));
            }
        }
        if (count > 1 && !anyQuantity) {
            f.errors.add("With " + count + " parcels, give the quantities of the lines in each.");
        }
        if (anyQuantity) {
            for (Map.Entry<String, BigDecimal> e : slip.quantityBySku().entrySet()) {
                BigDecimal got = packed.getOrDefault(e.getKey(), BigDecimal.ZERO);
                if (got.compareTo(e.getValue()) != 0) {
                    f.errors.add(e.getKey() + ": " + got.stripTrailingZeros().toPlainString()
                            + " in the parcels, but the delivery note has "
                            + e.getValue().stripTrailingZeros().toPlainString() + "; every line is packed in full.");
                }
            }
        }
        return f;
    }

    List<ConfirmedParcel> parcels() {
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The parcel form has errors: " + errors);
        }
        return List.copyOf(parcels);
    }

    /** The typed values as a JSON object, kept as the confirmation's raw message. */
    String asJson(com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            return json.writeValueAsString(new java.util.TreeMap<>(typed));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String keep(String name, String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null) {
            typed.put(name, v);
        }
        return v;
    }

    private BigDecimal decimal(String v, String what) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(what + " must be a number like 1 or 2.5, was '" + v + "'.");
            return null;
        }
    }
}
