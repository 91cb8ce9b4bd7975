package org.catura.shipping.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.catura.shipping.internal.matrix.Decision;
import org.catura.shipping.internal.matrix.Item;
import org.catura.shipping.internal.matrix.Matrix;
import org.catura.shipping.internal.matrix.Offer;
import org.catura.shipping.internal.matrix.PriorityRule;
import org.catura.shipping.internal.matrix.Rate;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.matrix.ShipmentRequest;
import org.catura.shipping.internal.matrix.Stock;
import org.catura.shipping.internal.matrix.Weighting;
import org.catura.shipping.internal.matrix.Zone;

/**
 * Matrix decisions per second on one thread: a catalogue of {@code services} services over
 * {@code zones} zones (each with five weight bands), two priority rules, and orders of one to four
 * lines to random European addresses, some Prime, some needing a signature. The same seed gives
 * the same catalogue and orders.
 */
public final class MatrixBenchmark {

    private static final String[] COUNTRIES = {"DE", "AT", "FR", "NL", "BE", "IT", "ES", "PL", "SE", "DK", "CZ",
            "LU", "PT", "IE", "FI", "HU", "SK", "SI", "HR", "GR"};

    private final List<Zone> zones = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final List<PriorityRule> rules;
    private final List<ShipmentRequest> orders = new ArrayList<>();
    private final Stock stock = (product, warehouse) -> BigDecimal.valueOf((product * 31L + warehouse * 7L) % 12);

    /** What one run measured. */
    public record Result(int services, int zones, long decisions, double seconds, double perSecond,
            double chosenShare, double averageCandidates) {
    }

    public MatrixBenchmark(int services, int zoneCount, long seed) {
        Random random = new Random(seed);
        for (int z = 0; z < zoneCount; z++) {
            String country = COUNTRIES[z % COUNTRIES.length];
            boolean island = z >= COUNTRIES.length;
            zones.add(new Zone("Z" + z, country, island ? z : 100 + z, Set.of(country),
                    island ? List.of("1856", "2598") : List.of(), island));
        }
        for (int s = 0; s < services; s++) {
            List<Rate> rates = new ArrayList<>();
            for (int z = 0; z < zoneCount; z++) {
                if (random.nextInt(10) < 8) {
                    int[] bands = {2, 5, 10, 20, 31};
                    for (int b : bands) {
                        rates.add(new Rate("Z" + z, BigDecimal.valueOf(b),
                                BigDecimal.valueOf(300 + random.nextInt(2000) + b * 40L, 2), 1 + random.nextInt(5)));
                    }
                }
            }
            ServiceLevel level = ServiceLevel.values()[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3)];
            offers.add(new Offer(s + 1, "c" + (s % 10), "Carrier " + (s % 10), 1 + s % 3, true, "s" + s, "Service " + s,
                    level, true, BigDecimal.valueOf(random.nextBoolean() ? 31.5 : 20), BigDecimal.valueOf(120),
                    BigDecimal.valueOf(60), BigDecimal.valueOf(60), BigDecimal.valueOf(300), random.nextInt(4) == 0,
                    random.nextInt(3) == 0, random.nextInt(5) == 0, false, "EUR", new BigDecimal("2.00"),
                    BigDecimal.valueOf(100), new BigDecimal("15.00"), new BigDecimal("3.50"), Offer.byZone(rates)));
        }
        rules = List.of(
                new PriorityRule(10, "Prime fast", f -> f.prime(), PriorityRule.Action.ONLY_LEVELS,
                        Set.of("EXPRESS", "NEXT_DAY", "SAME_DAY"), null),
                new PriorityRule(20, "Heavy not c9", f -> f.parcel().weightKg().compareTo(BigDecimal.TEN) > 0,
                        PriorityRule.Action.EXCLUDE_CARRIERS, Set.of("c9"), null));
        for (int o = 0; o < 1000; o++) {
            List<Item> items = new ArrayList<>();
            int lines = 1 + random.nextInt(4);
            for (int l = 0; l < lines; l++) {
                int product = 1 + random.nextInt(40);
                items.add(new Item(product, "SKU-" + product, BigDecimal.valueOf(1 + random.nextInt(3)),
                        BigDecimal.valueOf(5 + random.nextInt(400), 2), BigDecimal.valueOf(5 + random.nextInt(60)),
                        BigDecimal.valueOf(5 + random.nextInt(40)), BigDecimal.valueOf(1 + random.nextInt(20))));
            }
            String country = COUNTRIES[random.nextInt(random.nextInt(3) == 0 ? COUNTRIES.length : 3)];
            orders.add(new ShipmentRequest(country, String.valueOf(10000 + random.nextInt(89999)),
                    random.nextInt(8) == 0 ? ServiceLevel.NEXT_DAY : ServiceLevel.STANDARD, random.nextInt(4) == 0,
                    false, random.nextInt(10) == 0, false, false, items, 1));
        }
    }

    /** Decides {@code warmUp} orders unmeasured, then as many as fit in {@code seconds} on this thread. */
    public Result run(long warmUp, double seconds) {
        for (long i = 0; i < warmUp; i++) {
            decide(i);
        }
        long chosen = 0;
        long candidates = 0;
        long n = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int i = 0; i < 1000; i++, n++) {
                Decision d = decide(n);
                chosen += d.chosen().isPresent() ? 1 : 0;
                candidates += d.eligible().size();
            }
            now = System.nanoTime();
        } while (now < end);
        double took = (now - start) / 1e9;
        return new Result(offers.size(), zones.size(), n, took, n / took, chosen / (double) n, candidates / (double) n);
    }

    private Decision decide(long i) {
        return Matrix.decide(orders.get((int) (i % orders.size())), zones, offers, rules, stock,
                Weighting.CHEAPEST_THEN_FASTEST);
    }

    /** How many of the catalogue's offers serve each zone, for the printout. */
    public Map<String, Integer> servicesPerZone() {
        Map<String, Integer> served = new java.util.TreeMap<>();
        for (Zone z : zones) {
            Set<Integer> ids = new HashSet<>();
            offers.stream().filter(o -> o.ratesByZone().containsKey(z.value())).forEach(o -> ids.add(o.serviceId()));
            served.put(z.value(), ids.size());
        }
        return served;
    }
}
