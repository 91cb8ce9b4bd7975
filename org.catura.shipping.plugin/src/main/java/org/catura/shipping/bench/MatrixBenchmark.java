package org.catura.shipping.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.catura.shipping.internal.matrix.Candidate;
import org.catura.shipping.internal.matrix.Decision;
import org.catura.shipping.internal.matrix.Item;
import org.catura.shipping.internal.matrix.Matrix;
import org.catura.shipping.internal.matrix.Offer;
import org.catura.shipping.internal.matrix.PriorityRule;
import org.catura.shipping.internal.matrix.Rate;
import org.catura.shipping.internal.matrix.Reason;
import org.catura.shipping.internal.matrix.ServiceLevel;
import org.catura.shipping.internal.matrix.ShipmentRequest;
import org.catura.shipping.internal.matrix.Stock;
import org.catura.shipping.internal.matrix.Weighting;
import org.catura.shipping.internal.matrix.Zone;

/**
 * Matrix decisions per second on one thread, over a catalogue prepared once ({@link Matrix#of}, as
 * a tenant's catalogue is between changes): {@code services} services of ten carriers over
 * {@code zones} zones (up to four island zones before their countries' zones, each zone with five
 * weight bands), three priority rules, and orders as a merchant has them: one to five lines of 60
 * products (light and heavy, some without dimensions), mostly to Germany and its neighbours, some
 * to islands and a few to countries no zone holds, every service level, some Prime, some cash on
 * delivery, some asking for a signature, an ID or age check, and stock that is short now and then.
 * Every decision is taken in full, each excluded service with all its reasons, and consumed: a
 * checksum over the chosen service, its price and every reason's kind and figures, so the JIT
 * cannot leave any of it out. The same seed gives the same catalogue, orders and checksum.
 */
public final class MatrixBenchmark {

    private static final String[] COUNTRIES = {"DE", "AT", "FR", "NL", "BE", "IT", "ES", "PL", "SE", "DK", "CZ",
            "LU", "PT", "IE", "FI", "HU", "SK", "SI", "HR", "GR"};
    /** Island zones: country and postal codes (prefixes or ranges); they come before the country's zone. */
    private static final String[][] ISLANDS = {{"DE", "18565", "25845-25999", "26465-26486", "27498"},
            {"IT", "07", "08", "09", "90", "91", "92", "93", "94", "95", "96", "97", "98"},
            {"ES", "07", "35", "38", "51", "52"}, {"GR", "49", "81", "82", "83", "84", "85"}};
    private static final String[] ISLAND_POSTALS = {"18565", "25980", "26474", "27498"};
    private static final int PRODUCTS = 60;
    private static final int WAREHOUSES = 4;

    private final List<Zone> zones = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();
    private final List<PriorityRule> rules;
    private final List<ShipmentRequest> orders = new ArrayList<>();
    private final BigDecimal[][] available = new BigDecimal[PRODUCTS + 1][WAREHOUSES + 1];
    private final Stock stock = (product, warehouse) -> available[product][warehouse];
    private final Matrix matrix;
    /** The warm-up's checksum, kept so that the warm-up's decisions are not dead code. */
    private long warmUpChecksum;

    /**
     * What one run measured. {@code perSecond}: decisions per second of wall-clock time;
     * {@code perCpuSecond}: per second of this thread's CPU time (what one core does, also on a
     * machine that other work shares; NaN where the JVM does not measure thread CPU time).
     * {@code checksum}: of every decision's outcome and reasons, the same for the same seed and
     * number of decisions.
     */
    public record Result(int services, int zones, long decisions, double seconds, double perSecond,
            double cpuSeconds, double perCpuSecond, double chosenShare, double averageCandidates,
            double averageReasons, long checksum) {
    }

    /** What the benchmark decides over, for a test that holds the matrix to its reference. */
    public record Catalogue(List<Zone> zones, List<Offer> offers, List<PriorityRule> rules,
            List<ShipmentRequest> orders, Stock stock) {
    }

    public MatrixBenchmark(int services, int zoneCount, long seed) {
        Random random = new Random(seed);
        int islands = Math.min(ISLANDS.length, zoneCount / 5);
        for (int z = 0; z < islands; z++) {
            String[] island = ISLANDS[z];
            zones.add(new Zone(island[0] + "-ISL", island[0] + " islands", 10 + z, Set.of(island[0]),
                    List.of(island).subList(1, island.length), true));
        }
        // one zone per country, the last one takes the remaining countries
        int countryZones = zoneCount - islands;
        for (int z = 0; z < countryZones; z++) {
            Set<String> countries = new HashSet<>();
            countries.add(COUNTRIES[z % COUNTRIES.length]);
            if (z == countryZones - 1) {
                for (int c = z + 1; c < COUNTRIES.length; c++) {
                    countries.add(COUNTRIES[c]);
                }
            }
            zones.add(new Zone(z < COUNTRIES.length ? COUNTRIES[z] : "Z" + z, "Zone " + z, 100 + z, countries,
                    List.of(), false));
        }
        int[] bands = {2, 5, 10, 20, 31};
        for (int s = 0; s < services; s++) {
            List<Rate> rates = new ArrayList<>();
            for (Zone zone : zones) {
                if (random.nextInt(10) < 8) {
                    for (int b : bands) {
                        BigDecimal max = b == 31 ? new BigDecimal("31.5") : BigDecimal.valueOf(b);
                        rates.add(new Rate(zone.value(), max,
                                BigDecimal.valueOf(300 + random.nextInt(2000) + b * 40L, 2), 1 + random.nextInt(5)));
                    }
                }
            }
            int carrier = s % 10;
            ServiceLevel level = ServiceLevel.values()[random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3)];
            // carriers 8 and 9 are fulfilment partners shipping from their own stock
            int warehouse = carrier >= 8 ? 4 : 1 + s % 3;
            offers.add(new Offer(s + 1, "c" + carrier, "Carrier " + carrier, warehouse, carrier != 7 || s < 40,
                    "s" + s, "Service " + s, level, random.nextInt(25) != 0,
                    BigDecimal.valueOf(random.nextInt(3) == 0 ? 20 : 31.5), BigDecimal.valueOf(120),
                    BigDecimal.valueOf(60), BigDecimal.valueOf(60), BigDecimal.valueOf(300), random.nextInt(3) == 0,
                    random.nextInt(2) == 0, random.nextInt(5) == 0, random.nextInt(6) == 0, "EUR",
                    new BigDecimal("2.00"), BigDecimal.valueOf(100), new BigDecimal("15.00"), new BigDecimal("3.50"),
                    Offer.byZone(rates)));
        }
        rules = List.of(
                new PriorityRule(10, "Prime fast", f -> f.prime(), PriorityRule.Action.ONLY_LEVELS,
                        Set.of("EXPRESS", "NEXT_DAY", "SAME_DAY"), "Prime promises fast delivery"),
                new PriorityRule(20, "COD with c1-c4", f -> f.cod(), PriorityRule.Action.ONLY_CARRIERS,
                        Set.of("c1", "c2", "c3", "c4"), null),
                new PriorityRule(30, "Heavy not c9", f -> f.parcel().weightKg().compareTo(BigDecimal.TEN) > 0,
                        PriorityRule.Action.EXCLUDE_CARRIERS, Set.of("c9"), null));
        for (int p = 1; p <= PRODUCTS; p++) {
            for (int w = 1; w <= WAREHOUSES; w++) {
                int roll = random.nextInt(20);
                available[p][w] = BigDecimal.valueOf(roll < 17 ? 50 : roll < 19 ? random.nextInt(4) : 0);
            }
        }
        List<Item> products = new ArrayList<>();
        for (int p = 1; p <= PRODUCTS; p++) {
            boolean heavy = random.nextInt(8) == 0;
            BigDecimal kg = BigDecimal.valueOf(heavy ? 300 + random.nextInt(2200) : 5 + random.nextInt(200), 2);
            boolean sized = random.nextInt(10) != 0;
            products.add(new Item(p, "SKU-" + p, BigDecimal.ONE, kg,
                    sized ? BigDecimal.valueOf(5 + random.nextInt(heavy ? 110 : 60)) : null,
                    sized ? BigDecimal.valueOf(5 + random.nextInt(heavy ? 50 : 30)) : null,
                    sized ? BigDecimal.valueOf(1 + random.nextInt(heavy ? 40 : 15)) : null));
        }
        for (int o = 0; o < 1000; o++) {
            List<Item> items = new ArrayList<>();
            int lines = 1 + random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                Item p = products.get(random.nextInt(PRODUCTS));
                items.add(new Item(p.productId(), p.sku(), BigDecimal.valueOf(1 + random.nextInt(random.nextInt(4) == 0
                        ? 3 : 1)), p.weightKg(), p.lengthCm(), p.widthCm(), p.heightCm()));
            }
            int where = random.nextInt(100);
            String country = where < 50 ? "DE" : where < 70 ? COUNTRIES[1 + random.nextInt(3)]
                    : where < 97 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : random.nextBoolean() ? "CH" : "NO";
            String postal = country.equals("DE") && random.nextInt(10) == 0
                    ? ISLAND_POSTALS[random.nextInt(ISLAND_POSTALS.length)]
                    : String.valueOf(10000 + random.nextInt(89999));
            int levelRoll = random.nextInt(100);
            ServiceLevel level = levelRoll < 75 ? ServiceLevel.STANDARD : levelRoll < 87 ? ServiceLevel.EXPRESS
                    : levelRoll < 95 ? ServiceLevel.NEXT_DAY : ServiceLevel.SAME_DAY;
            orders.add(new ShipmentRequest(country, postal, level, random.nextInt(4) == 0, random.nextInt(10) == 0,
                    random.nextInt(10) == 0, random.nextInt(30) == 0, random.nextInt(50) == 0, items, 1));
        }
        matrix = Matrix.of(zones, offers, rules);
    }

    /** Decides {@code warmUp} orders unmeasured, then as many as fit in {@code seconds} on this thread. */
    public Result run(long warmUp, double seconds) {
        long sink = 0;
        for (long i = 0; i < warmUp; i++) {
            sink = sink * 31 + checksum(decide(i));
        }
        warmUpChecksum += sink;
        long chosen = 0;
        long candidates = 0;
        long reasons = 0;
        long checksum = 0;
        long n = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int i = 0; i < 1000; i++, n++) {
                Decision d = decide(n);
                chosen += d.chosen().isPresent() ? 1 : 0;
                candidates += d.eligible().size();
                List<Candidate> excluded = d.excluded();
                for (int x = 0; x < excluded.size(); x++) {
                    reasons += excluded.get(x).reasons().size();
                }
                checksum = checksum * 31 + checksum(d);
            }
            now = System.nanoTime();
        } while (now < end);
        double took = (now - start) / 1e9;
        double cpuTook = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
        return new Result(offers.size(), zones.size(), n, took, n / took, cpuTook, n / cpuTook, chosen / (double) n,
                candidates / (double) n, reasons / (double) n, checksum);
    }

    /** The decision of order {@code i} (the orders repeat), as the plugin takes it. */
    public Decision decide(long i) {
        return matrix.decide(orders.get((int) (i % orders.size())), stock, Weighting.CHEAPEST_THEN_FASTEST);
    }

    /** Every part of a decision the clerk sees, folded into a number (indexed loops: no iterator per list). */
    static long checksum(Decision d) {
        long h = d.rule() == null ? 0 : d.rule().seqNo();
        List<Candidate> eligible = d.eligible();
        for (int i = 0; i < eligible.size(); i++) {
            Candidate c = eligible.get(i);
            h = h * 31 + c.offer().serviceId() * 7L + c.rank();
            h = h * 31 + c.price().hashCode() + c.transitDays();
        }
        List<Candidate> excluded = d.excluded();
        for (int i = 0; i < excluded.size(); i++) {
            Candidate c = excluded.get(i);
            h = h * 31 + c.offer().serviceId();
            List<Reason> reasons = c.reasons();
            for (int j = 0; j < reasons.size(); j++) {
                Reason r = reasons.get(j);
                h = h * 31 + r.kind().ordinal();
                h = h * 31 + (r.actual() == null ? 0 : r.actual().hashCode());
                h = h * 31 + (r.limit() == null ? 0 : r.limit().hashCode());
                h = h * 31 + (r.subject() == null ? 0 : r.subject().length());
            }
        }
        return h;
    }

    public Catalogue catalogue() {
        return new Catalogue(List.copyOf(zones), List.copyOf(offers), rules, List.copyOf(orders), stock);
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
