package org.catura.sandbox.carrier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the simulator will answer for one shipment, decided at receipt from the seed and the
 * reference only: the same seed and reference give the same parcels, tracking numbers and faults,
 * whatever else arrives and in whatever order.
 */
record ShipmentPlan(PartnerShipment shipment, List<Parcel> parcels, Set<PartnerFault> faults, Parcel replacement) {

    /** One parcel: its tracking number, the one it replaces (an update), its weight and lines. */
    record Parcel(String trackingNo, String replaces, BigDecimal weightKg, List<PartnerShipment.Line> lines) {
    }

    static ShipmentPlan of(FulfilmentPartnerSettings settings, PartnerShipment shipment) {
        SplittableRandom draw = new SplittableRandom(settings.seed() ^ hash("faults:" + shipment.reference()));
        boolean two = draw.nextDouble() < settings.twoParcelShare();
        Set<PartnerFault> faults = EnumSet.noneOf(PartnerFault.class);
        if (draw.nextDouble() < settings.lateShare()) {
            faults.add(PartnerFault.LATE);
        }
        boolean malformed = draw.nextDouble() < settings.malformedShare();
        boolean duplicate = draw.nextDouble() < settings.duplicateShare();
        boolean update = draw.nextDouble() < settings.updateShare();
        // a garbled confirmation is refused by the product: a duplicate or an update of it would only be refused too
        if (malformed) {
            faults.add(PartnerFault.MALFORMED);
        } else {
            if (duplicate) {
                faults.add(PartnerFault.DUPLICATE);
            }
            if (update) {
                faults.add(PartnerFault.UPDATED);
            }
        }
        List<Parcel> parcels = split(settings, shipment, two);
        Parcel replacement = null;
        if (faults.contains(PartnerFault.UPDATED)) {
            Parcel first = parcels.get(0);
            replacement = new Parcel(trackingNo(settings, shipment.reference(), 0, 1), first.trackingNo(),
                    first.weightKg(), first.lines());
        }
        return new ShipmentPlan(shipment, parcels, Set.copyOf(faults), replacement);
    }

    /** Prefix and ten digits, from the seed, the reference, the parcel and the generation (0 first, 1 the replacement). */
    static String trackingNo(FulfilmentPartnerSettings settings, String reference, int parcel, int generation) {
        SplittableRandom r = new SplittableRandom(settings.seed() ^ hash(reference + "#" + parcel + "#" + generation));
        return settings.trackingPrefix() + String.format("%010d", r.nextLong(10_000_000_000L));
    }

    // two lines or more: the first half of the lines in parcel 1; one line of two units or more: its units halved
    private static List<Parcel> split(FulfilmentPartnerSettings settings, PartnerShipment s, boolean two) {
        List<PartnerShipment.Line> lines = s.lines();
        List<PartnerShipment.Line> first;
        List<PartnerShipment.Line> second;
        if (two && lines.size() >= 2) {
            int half = (lines.size() + 1) / 2;
            first = lines.subList(0, half);
            second = lines.subList(half, lines.size());
        } else if (two && lines.size() == 1 && isWhole(lines.get(0).quantity())
                && lines.get(0).quantity().compareTo(BigDecimal.valueOf(2)) >= 0) {
            PartnerShipment.Line line = lines.get(0);
            BigDecimal a = line.quantity().add(BigDecimal.ONE).divideToIntegralValue(BigDecimal.valueOf(2));
            first = List.of(new PartnerShipment.Line(line.sku(), a));
            second = List.of(new PartnerShipment.Line(line.sku(), line.quantity().subtract(a)));
        } else {
            return List.of(new Parcel(trackingNo(settings, s.reference(), 0, 0), null, s.weightKg(), lines));
        }
        BigDecimal total = units(lines);
        BigDecimal w1 = s.weightKg() == null ? null
                : s.weightKg().multiply(units(first)).divide(total, 3, RoundingMode.HALF_UP);
        BigDecimal w2 = s.weightKg() == null ? null : s.weightKg().subtract(w1);
        List<Parcel> out = new ArrayList<>();
        out.add(new Parcel(trackingNo(settings, s.reference(), 0, 0), null, w1, List.copyOf(first)));
        out.add(new Parcel(trackingNo(settings, s.reference(), 1, 0), null, w2, List.copyOf(second)));
        return List.copyOf(out);
    }

    private static boolean isWhole(BigDecimal q) {
        return q.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal units(List<PartnerShipment.Line> lines) {
        return lines.stream().map(PartnerShipment.Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // FNV-1a, 64 bits: stable across JVMs, unlike an identity hash
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
