package org.catura.shipping.internal.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The criteria matrix: which services can take a shipment, and which of them is best. Pure: the
 * caller loads zones, offers, rules and stock; nothing here touches a database. A service is
 * excluded with every reason that holds for it, not just the first, so a clerk sees all that
 * would have to change.
 *
 * <p>An instance is a catalogue prepared for many decisions ({@link #of}): everything that does not
 * depend on the shipment is worked out once. Limits and weight bands are compared as whole
 * thousandths (of a kilogram, of a centimetre) in {@code long}s, exact because
 * a {@link Parcel}'s figures have at most three decimals; the rule's refusals, the level and zone
 * reasons are built once; the zones are found through their countries; the stock is asked once
 * per product and warehouse, not once per service. Prices stay {@link BigDecimal}, added as before
 * and only for eligible services, so every figure of a decision is what it always was; the
 * ranking compares their scores as whole millionths. MatrixEquivalenceProperties holds all this
 * to the straightforward algorithm (ReferenceMatrix, in the tests). One difference: a parcel
 * heavier or larger than 10^12 kg or cm is refused with an error instead of being weighed.
 */
public final class Matrix {

    /** A limit that is not set: no parcel figure is above it. */
    private static final long NO_LIMIT = Long.MAX_VALUE;
    /** Parcel figures (in thousandths) beyond this are refused: no service takes them, and the longs stay exact. */
    private static final long MAX_FIGURE = 1_000_000_000_000_000L;
    /** An amount that is no whole number of millionths (see {@link #micros}). */
    private static final long INEXACT = Long.MIN_VALUE;

    private static final Reason[] NO_REASONS = {};
    private static final Reason CARRIER_INACTIVE = Reason.of(Reason.Kind.CARRIER_INACTIVE);
    private static final Reason SERVICE_INACTIVE = Reason.of(Reason.Kind.SERVICE_INACTIVE);
    private static final Reason NO_COD = Reason.of(Reason.Kind.NO_COD);
    private static final Reason NO_SIGNATURE = Reason.of(Reason.Kind.NO_SIGNATURE);
    private static final Reason NO_ID_CHECK = Reason.of(Reason.Kind.NO_ID_CHECK);
    private static final Reason NO_AGE_CHECK = Reason.of(Reason.Kind.NO_AGE_CHECK);

    /** One service's weight bands to one zone, lightest first. */
    private record Bands(long[] maxMilli, Rate[] rates, long[] priceMicros) {
    }

    private final List<Zone> zones;
    /** Upper-case country → indexes into {@link #zones} of the zones listing it, in SeqNo order. */
    private final Map<String, int[]> zonesByCountry;
    private final Reason[] zoneNotServed;
    private final Offer[] offers;
    private final List<PriorityRule> rules;
    /** [rule][offer]: the reason the rule keeps the offer out; null: admitted. */
    private final Reason[][] refusals;
    /** [offer][order's level]: the reason the offer's level is too slow; null: fast enough. */
    private final Reason[][] tooSlow;
    private final long[] maxWeight;
    private final long[] maxLength;
    private final long[] maxWidth;
    private final long[] maxHeight;
    private final long[] maxGirth;
    private final long[] bulkyLength;
    /** The surcharges in millionths, for the ranking (see {@link #micros}). */
    private final long[] codMicros;
    private final long[] bulkyMicros;
    private final long[] islandMicros;
    /** [offer][zone]: null when the offer has no rate to the zone. */
    private final Bands[][] bands;
    /** The offer's warehouse as an index into {@link #warehouseIds}. */
    private final int[] warehouse;
    private final int[] warehouseIds;
    /**
     * The offer's warehouse and carrier name (which a NO_STOCK reason names) as one index, so that
     * the services of one carrier share their stock reasons within a decision.
     */
    private final int[] stockPlace;
    private final int stockPlaces;

    private Matrix(List<Zone> zonesBySeqNo, List<Offer> offerList, List<PriorityRule> rulesBySeqNo) {
        zones = List.copyOf(zonesBySeqNo);
        Map<String, List<Integer>> byCountry = new HashMap<>();
        zoneNotServed = new Reason[zones.size()];
        for (int z = 0; z < zones.size(); z++) {
            Zone zone = zones.get(z);
            // Zone.matches compares the upper-cased address country with the entries as they are
            for (String country : zone.countries()) {
                byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(z);
            }
            zoneNotServed[z] = new Reason(Reason.Kind.ZONE_NOT_SERVED, zone.value(), null, null, null);
        }
        zonesByCountry = new HashMap<>();
        byCountry.forEach((c, list) -> zonesByCountry.put(c, list.stream().mapToInt(Integer::intValue).toArray()));

        offers = offerList.toArray(Offer[]::new);
        rules = List.copyOf(rulesBySeqNo);
        int n = offers.length;
        refusals = new Reason[rules.size()][n];
        for (int r = 0; r < rules.size(); r++) {
            PriorityRule rule = rules.get(r);
            for (int o = 0; o < n; o++) {
                if (!rule.admits(offers[o])) {
                    refusals[r][o] = new Reason(Reason.Kind.RULE, rule.name(), null, null, rule.refusal(offers[o]));
                }
            }
        }
        ServiceLevel[] levels = ServiceLevel.values();
        tooSlow = new Reason[n][levels.length];
        maxWeight = new long[n];
        maxLength = new long[n];
        maxWidth = new long[n];
        maxHeight = new long[n];
        maxGirth = new long[n];
        bulkyLength = new long[n];
        codMicros = new long[n];
        bulkyMicros = new long[n];
        islandMicros = new long[n];
        bands = new Bands[n][zones.size()];
        warehouse = new int[n];
        List<Integer> ids = new ArrayList<>();
        List<List<Object>> places = new ArrayList<>();
        stockPlace = new int[n];
        for (int o = 0; o < n; o++) {
            Offer offer = offers[o];
            for (ServiceLevel level : levels) {
                if (offer.level().compareTo(level) < 0) {
                    tooSlow[o][level.ordinal()] = new Reason(Reason.Kind.LEVEL, offer.level().name(), null, null,
                            level.name());
                }
            }
            maxWeight[o] = limit(offer.maxWeightKg());
            maxLength[o] = limit(offer.maxLengthCm());
            maxWidth[o] = limit(offer.maxWidthCm());
            maxHeight[o] = limit(offer.maxHeightCm());
            maxGirth[o] = limit(offer.maxGirthCm());
            bulkyLength[o] = limit(offer.bulkyLengthCm());
            codMicros[o] = micros(offer.codSurcharge());
            bulkyMicros[o] = micros(offer.bulkySurcharge());
            islandMicros[o] = micros(offer.islandSurcharge());
            for (int z = 0; z < zones.size(); z++) {
                List<Rate> rates = offer.ratesByZone().get(zones.get(z).value());
                if (rates != null && !rates.isEmpty()) {
                    long[] max = new long[rates.size()];
                    long[] prices = new long[rates.size()];
                    for (int i = 0; i < max.length; i++) {
                        max[i] = limit(rates.get(i).maxWeightKg());
                        prices[i] = micros(rates.get(i).price());
                    }
                    bands[o][z] = new Bands(max, rates.toArray(Rate[]::new), prices);
                }
            }
            int w = ids.indexOf(offer.warehouseId());
            if (w < 0) {
                w = ids.size();
                ids.add(offer.warehouseId());
            }
            warehouse[o] = w;
            List<Object> place = Arrays.asList(w, offer.carrierName());
            int p = places.indexOf(place);
            if (p < 0) {
                p = places.size();
                places.add(place);
            }
            stockPlace[o] = p;
        }
        warehouseIds = ids.stream().mapToInt(Integer::intValue).toArray();
        stockPlaces = places.size();
    }

    /** The catalogue prepared for decisions: zones and rules in SeqNo order, offers in the order to report them. */
    public static Matrix of(List<Zone> zonesBySeqNo, List<Offer> offers, List<PriorityRule> rulesBySeqNo) {
        return new Matrix(zonesBySeqNo, offers, rulesBySeqNo);
    }

    /** One decision over a catalogue read for it alone. */
    public static Decision decide(ShipmentRequest request, List<Zone> zonesBySeqNo, List<Offer> offers,
            List<PriorityRule> rulesBySeqNo, Stock stock, Weighting weighting) {
        return of(zonesBySeqNo, offers, rulesBySeqNo).decide(request, stock, weighting);
    }

    public Decision decide(ShipmentRequest request, Stock stock, Weighting weighting) {
        List<Item> items = request.items();
        Parcel parcel = Parcel.of(items);
        int zoneIndex = zone(request.country(), request.postalCode());
        Zone zone = zoneIndex < 0 ? null : zones.get(zoneIndex);
        String[] skus = new String[items.size()];
        BigDecimal pieces = BigDecimal.ZERO;
        for (int i = 0; i < skus.length; i++) {
            skus[i] = items.get(i).sku();
            pieces = pieces.add(items.get(i).quantity());
        }
        Facts facts = new Facts(parcel, request.country(), request.postalCode(), zone, request.cod(), request.level(),
                request.prime(), request.signature(), request.idCheck(), request.ageCheck(), List.of(skus), pieces);
        int ruleIndex = -1;
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).condition().test(facts)) {
                ruleIndex = r;
                break;
            }
        }
        Needs needs = new Needs(items, stock);
        long weight = figure(parcel.weightKg(), "weight");
        boolean sized = parcel.lengthCm() != null;
        long length = sized ? figure(parcel.lengthCm(), "length") : 0;
        long width = sized ? figure(parcel.widthCm(), "width") : 0;
        long height = sized ? figure(parcel.heightCm(), "height") : 0;
        BigDecimal girthCm = parcel.girthCm();
        long girth = sized ? figure(girthCm, "girth") : 0;
        Reason noZone = zone != null ? null : new Reason(Reason.Kind.NO_ZONE,
                request.country() + (request.postalCode() == null ? "" : " " + request.postalCode()), null, null, null);
        int level = request.level().ordinal();

        List<Candidate> excluded = new ArrayList<>(offers.length);
        int[] eligibleOffers = new int[offers.length];
        Rate[] eligibleRates = new Rate[offers.length];
        long[] eligibleRateMicros = new long[offers.length];
        int eligibleCount = 0;
        List<Reason> reasons = new ArrayList<>();
        for (int o = 0; o < offers.length; o++) {
            Offer offer = offers[o];
            reasons.clear();
            if (!offer.carrierActive()) {
                reasons.add(CARRIER_INACTIVE);
            }
            if (!offer.active()) {
                reasons.add(SERVICE_INACTIVE);
            }
            if (ruleIndex >= 0 && refusals[ruleIndex][o] != null) {
                reasons.add(refusals[ruleIndex][o]);
            }
            if (tooSlow[o][level] != null) {
                reasons.add(tooSlow[o][level]);
            }
            if (weight > maxWeight[o]) {
                reasons.add(Reason.limit(Reason.Kind.WEIGHT, parcel.weightKg(), offer.maxWeightKg()));
            }
            if (sized) {
                if (length > maxLength[o]) {
                    reasons.add(Reason.limit(Reason.Kind.LENGTH, parcel.lengthCm(), offer.maxLengthCm()));
                }
                if (width > maxWidth[o]) {
                    reasons.add(Reason.limit(Reason.Kind.WIDTH, parcel.widthCm(), offer.maxWidthCm()));
                }
                if (height > maxHeight[o]) {
                    reasons.add(Reason.limit(Reason.Kind.HEIGHT, parcel.heightCm(), offer.maxHeightCm()));
                }
                if (girth > maxGirth[o]) {
                    reasons.add(Reason.limit(Reason.Kind.GIRTH, girthCm, offer.maxGirthCm()));
                }
            }
            if (request.cod() && !offer.cod()) {
                reasons.add(NO_COD);
            }
            if (request.signature() && !offer.signature()) {
                reasons.add(NO_SIGNATURE);
            }
            if (request.idCheck() && !offer.idCheck()) {
                reasons.add(NO_ID_CHECK);
            }
            if (request.ageCheck() && !offer.ageCheck()) {
                reasons.add(NO_AGE_CHECK);
            }
            Rate rate = null;
            long rateMicros = INEXACT;
            if (zone == null) {
                reasons.add(noZone);
            } else {
                Bands b = bands[o][zoneIndex];
                if (b == null) {
                    reasons.add(zoneNotServed[zoneIndex]);
                } else {
                    int band = firstAtLeast(b.maxMilli(), weight);
                    if (band < b.rates().length) {
                        rate = b.rates()[band];
                        rateMicros = b.priceMicros()[band];
                    } else {
                        reasons.add(new Reason(Reason.Kind.NO_RATE, zone.value(), parcel.weightKg(),
                                b.rates()[b.rates().length - 1].maxWeightKg(), null));
                    }
                }
            }
            needs.shortages(o, reasons);
            if (reasons.isEmpty()) {
                eligibleOffers[eligibleCount] = o;
                eligibleRates[eligibleCount] = rate;
                eligibleRateMicros[eligibleCount] = rateMicros;
                eligibleCount++;
            } else {
                excluded.add(new Candidate(offer, null, null, immutable(reasons), 0));
            }
        }
        return new Decision(facts, ruleIndex < 0 ? null : rules.get(ruleIndex),
                rank(eligibleOffers, eligibleRates, eligibleRateMicros, eligibleCount, facts,
                        sized ? length : Long.MIN_VALUE, weighting), excluded);
    }

    /**
     * The eligible candidates (offer indexes and their rates) priced and in rank order: by score,
     * transit days, service id. {@code length}: the parcel's, in thousandths; Long.MIN_VALUE: unknown.
     * The scores are compared as whole millionths when every amount has at most six decimals (so
     * always, in practice), else as BigDecimals; the order is the same.
     */
    private List<Candidate> rank(int[] eligible, Rate[] rates, long[] rateMicros, int count, Facts facts,
            long length, Weighting weighting) {
        BigDecimal[] prices = new BigDecimal[count];
        long[] keys = new long[count];
        long perDay = micros(weighting.pricePerTransitDay());
        boolean exact = perDay != INEXACT;
        for (int i = 0; i < count; i++) {
            int o = eligible[i];
            Offer offer = offers[o];
            BigDecimal price = rates[i].price();
            long key = rateMicros[i];
            exact &= key != INEXACT;
            if (facts.cod()) {
                price = price.add(offer.codSurcharge());
                key = plus(key, codMicros[o]);
            }
            if (length > bulkyLength[o]) {
                price = price.add(offer.bulkySurcharge());
                key = plus(key, bulkyMicros[o]);
            }
            if (facts.island()) {
                price = price.add(offer.islandSurcharge());
                key = plus(key, islandMicros[o]);
            }
            prices[i] = price;
            keys[i] = plus(key, times(perDay, rates[i].transitDays()));
            exact &= keys[i] != INEXACT;
        }
        BigDecimal[] scores = null;
        if (!exact) {
            scores = new BigDecimal[count];
            for (int i = 0; i < count; i++) {
                scores[i] = weighting.score(prices[i], rates[i].transitDays());
            }
        }
        // insertion sort of the indexes, stable as List.sort: a few dozen candidates at most
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            int x = order[i] = i;
            int j = i - 1;
            while (j >= 0 && before(x, order[j], keys, scores, eligible, rates)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        Candidate[] ranked = new Candidate[count];
        for (int r = 0; r < count; r++) {
            int i = order[r];
            ranked[r] = new Candidate(offers[eligible[i]], prices[i], rates[i].transitDays(), List.of(), r + 1);
        }
        return List.of(ranked);
    }

    /** Whether candidate a ranks strictly before b: lower score, then fewer transit days, then lower service id. */
    private boolean before(int a, int b, long[] keys, BigDecimal[] scores, int[] eligible, Rate[] rates) {
        int c = scores == null ? Long.compare(keys[a], keys[b]) : scores[a].compareTo(scores[b]);
        if (c == 0) {
            c = Integer.compare(rates[a].transitDays(), rates[b].transitDays());
        }
        if (c == 0) {
            c = Integer.compare(offers[eligible[a]].serviceId(), offers[eligible[b]].serviceId());
        }
        return c < 0;
    }

    /** An amount in whole millionths; INEXACT when it has more decimals or is beyond 10^12. */
    private static long micros(BigDecimal amount) {
        BigDecimal m = amount.movePointRight(6);
        if (m.abs().compareTo(BigDecimal.valueOf(MAX_FIGURE)) > 0
                || m.signum() != 0 && m.stripTrailingZeros().scale() > 0) {
            return INEXACT;
        }
        return m.setScale(0).longValueExact();
    }

    private static long plus(long a, long b) {
        if (a == INEXACT || b == INEXACT) {
            return INEXACT;
        }
        long sum = a + b;
        return Math.abs(sum) > MAX_FIGURE * 8 ? INEXACT : sum; // amounts are at most 10^15 each: no overflow
    }

    private static long times(long perDay, int days) {
        if (perDay == INEXACT) {
            return INEXACT;
        }
        long product;
        try {
            product = Math.multiplyExact(perDay, (long) days);
        } catch (ArithmeticException e) {
            return INEXACT;
        }
        return Math.abs(product) > MAX_FIGURE ? INEXACT : product;
    }

    /** The reasons as an immutable list, which Candidate then keeps without copying it again. */
    private static List<Reason> immutable(List<Reason> reasons) {
        return switch (reasons.size()) {
            case 1 -> List.of(reasons.get(0));
            case 2 -> List.of(reasons.get(0), reasons.get(1));
            default -> List.copyOf(reasons);
        };
    }

    /** The first zone by SeqNo that holds the address; -1 when none does. */
    private int zone(String country, String postalCode) {
        if (country == null) {
            return -1;
        }
        int[] candidates = zonesByCountry.get(country.toUpperCase(Locale.ROOT));
        if (candidates != null) {
            // in SeqNo order, so an island zone before its country's zone still comes first
            for (int z : candidates) {
                if (zones.get(z).matches(country, postalCode)) {
                    return z;
                }
            }
        }
        return -1;
    }

    /** The first index whose band holds {@code weight}; {@code max.length} when none does. */
    private static int firstAtLeast(long[] max, long weight) {
        int lo = 0;
        int hi = max.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (max[mid] < weight) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A limit in whole thousandths, rounded down: a parcel figure f (at most three decimals, so
     * f × 1000 is whole) is above the limit exactly when f × 1000 is above floor(limit × 1000).
     */
    private static long limit(BigDecimal limit) {
        if (limit == null) {
            return NO_LIMIT;
        }
        BigDecimal milli = limit.movePointRight(3).setScale(0, RoundingMode.FLOOR);
        if (milli.compareTo(BigDecimal.valueOf(MAX_FIGURE)) > 0) {
            return NO_LIMIT - 1;
        }
        if (milli.compareTo(BigDecimal.valueOf(-MAX_FIGURE)) < 0) {
            return -MAX_FIGURE - 1;
        }
        return milli.longValueExact();
    }

    /** A parcel figure in thousandths (Parcel keeps three decimals at most). */
    private static long figure(BigDecimal value, String what) {
        BigDecimal milli = value.movePointRight(3);
        if (milli.abs().compareTo(BigDecimal.valueOf(MAX_FIGURE)) > 0) {
            throw new IllegalArgumentException("The parcel's " + what + " " + value.toPlainString()
                    + " is beyond any shipping service");
        }
        return milli.longValueExact();
    }

    /**
     * What the shipment needs of each product, summed over its lines in line order, and the
     * shortages at each warehouse, asked of the stock once per product and warehouse.
     */
    private final class Needs {

        private final int[] products;
        private final BigDecimal[] quantities;
        private final String[] skus;
        private final Stock stock;
        /** [warehouse index]: the available quantity of each product short there (null: enough); null until asked. */
        private final BigDecimal[][] shortByWarehouse = new BigDecimal[warehouseIds.length][];
        /** [stock place]: the NO_STOCK reasons there; null until asked. */
        private final Reason[][] reasonsByPlace = new Reason[stockPlaces][];
        private int count;

        Needs(List<Item> items, Stock stock) {
            this.stock = stock;
            products = new int[items.size()];
            quantities = new BigDecimal[items.size()];
            skus = new String[items.size()];
            for (Item item : items) {
                int k = 0;
                while (k < count && products[k] != item.productId()) {
                    k++;
                }
                if (k == count) {
                    products[k] = item.productId();
                    quantities[k] = item.quantity();
                    skus[k] = item.sku();
                    count++;
                } else {
                    quantities[k] = quantities[k].add(item.quantity());
                }
            }
        }

        /** Adds the NO_STOCK reasons of offer {@code o}, in line order. */
        void shortages(int o, List<Reason> reasons) {
            Reason[] shortages = reasonsByPlace[stockPlace[o]];
            if (shortages == null) {
                BigDecimal[] available = available(warehouse[o]);
                List<Reason> list = new ArrayList<>(0);
                for (int k = 0; k < count; k++) {
                    if (available[k] != null) {
                        list.add(new Reason(Reason.Kind.NO_STOCK, skus[k], available[k], quantities[k],
                                offers[o].carrierName()));
                    }
                }
                shortages = list.isEmpty() ? NO_REASONS : list.toArray(Reason[]::new);
                reasonsByPlace[stockPlace[o]] = shortages;
            }
            for (int i = 0; i < shortages.length; i++) {
                reasons.add(shortages[i]);
            }
        }

        private BigDecimal[] available(int w) {
            BigDecimal[] available = shortByWarehouse[w];
            if (available == null) {
                available = new BigDecimal[count];
                for (int k = 0; k < count; k++) {
                    BigDecimal a = stock.available(products[k], warehouseIds[w]);
                    available[k] = a.compareTo(quantities[k]) < 0 ? a : null;
                }
                shortByWarehouse[w] = available;
            }
            return available;
        }
    }
}
