package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * The estimated package of a shipment. Weight: the sum of every item's weight times its quantity
 * (an item without weight counts 0). Dimensions, a simple estimate: every piece lies flat (its
 * longest side as length, its shortest as height), the pieces are stacked, so the package is as
 * long and as wide as the longest and widest piece and as high as all pieces' heights together;
 * then the package's sides are sorted again (the longest is its length). Items without
 * dimensions add none; when no item has any, the dimensions are unknown (null) and no limit on
 * them excludes a service. Girth = length + 2 × width + 2 × height.
 */
public record Parcel(BigDecimal weightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

    public BigDecimal girthCm() {
        if (lengthCm == null) {
            return null;
        }
        return lengthCm.add(widthCm.add(heightCm).multiply(BigDecimal.valueOf(2)));
    }

    public static Parcel of(List<Item> items) {
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal length = null;
        BigDecimal width = null;
        BigDecimal height = null;
        for (Item item : items) {
            if (item.weightKg() != null) {
                weight = weight.add(item.weightKg().multiply(item.quantity()));
            }
            if (item.lengthCm() == null || item.widthCm() == null || item.heightCm() == null) {
                continue;
            }
            BigDecimal[] sides = {item.lengthCm(), item.widthCm(), item.heightCm()};
            Arrays.sort(sides);
            length = max(length, sides[2]);
            width = max(width, sides[1]);
            height = (height == null ? BigDecimal.ZERO : height).add(sides[0].multiply(item.quantity()));
        }
        if (length == null) {
            return new Parcel(scale(weight), null, null, null);
        }
        BigDecimal[] box = {length, width, height};
        Arrays.sort(box);
        return new Parcel(scale(weight), scale(box[2]), scale(box[1]), scale(box[0]));
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    private static BigDecimal scale(BigDecimal b) {
        BigDecimal s = b.setScale(Math.min(Math.max(b.scale(), 0), 3), RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
