package org.catura.shipping.internal.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.catura.shipping.bench.MatrixBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The optimised {@link Matrix} decides as the straightforward {@link ReferenceMatrix} does: the
 * same facts, rule, chosen service, eligible services in the same rank with the same prices and
 * transit days, and the same excluded services with the same reasons, figures and texts, on
 * random catalogues (zones overlapping by country, islands before their country, limits and bands
 * with more decimals than the parcel has) and random orders.
 */
class MatrixEquivalenceProperties {

    private static final String[] COUNTRIES = {"DE", "DE", "de", "AT", "FR", "CH", null};
    private static final String[] POSTALS = {"10115", "25980", "25 980", "27498", "2749", "80331", "A-1010", null};

    @Property(tries = 1000)
    void theOptimisedMatrixDecidesAsTheReferenceDoes(@ForAll("cases") Case c) {
        Decision expected = ReferenceMatrix.decide(c.request(), c.zones(), c.offers(), c.rules(), c.stock(),
                c.weighting());
        Decision actual = Matrix.decide(c.request(), c.zones(), c.offers(), c.rules(), c.stock(), c.weighting());
        assertSame(expected, actual);
    }

    @Test
    void theBenchmarksDecisionsAreTheReferencesToo() {
        MatrixBenchmark bench = new MatrixBenchmark(50, 20, 42);
        MatrixBenchmark.Catalogue catalogue = bench.catalogue();
        for (int i = 0; i < 1000; i++) {
            Decision expected = ReferenceMatrix.decide(catalogue.orders().get(i), catalogue.zones(),
                    catalogue.offers(), catalogue.rules(), catalogue.stock(), Weighting.CHEAPEST_THEN_FASTEST);
            assertSame(expected, bench.decide(i));
        }
    }

    private static void assertSame(Decision expected, Decision actual) {
        // records: BigDecimals compared with their scale, reasons with all their figures
        assertEquals(expected, actual);
        assertEquals(expected.summary(), actual.summary());
        for (int i = 0; i < expected.excluded().size(); i++) {
            assertEquals(expected.excluded().get(i).exclusion(), actual.excluded().get(i).exclusion());
        }
    }

    record Case(ShipmentRequest request, List<Zone> zones, List<Offer> offers, List<PriorityRule> rules, Stock stock,
            Weighting weighting) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ShipmentRequest> requests = Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(POSTALS),
                Arbitraries.of(ServiceLevel.class), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 5),
                items().list().ofMinSize(0).ofMaxSize(5))
                // checks: 1 an ID check, 2 an age check, 3 both; else none
                .as((country, postal, level, prime, cod, signature, checks, items) -> new ShipmentRequest(country,
                        postal, level, prime, cod, signature, checks == 1 || checks == 3, checks >= 2 && checks <= 3,
                        items, 1));
        Arbitrary<List<Zone>> zones = Arbitraries.of(
                List.of(Offers.ISLANDS, Offers.DE, Offers.EU),
                List.of(Offers.DE, Offers.ISLANDS, Offers.EU),
                List.of(new Zone("DE-N", "North", 5, Set.of("DE"), List.of("2"), false), Offers.ISLANDS, Offers.DE,
                        new Zone("ALL", "All", 40, Set.of("DE", "AT", "FR", "CH"), List.of(), false)),
                List.of(new Zone("AT", "Austria", 1, Set.of("AT"), List.of("1000-1999"), false),
                        new Zone("lower", "lower-case entry", 2, Set.of("de"), List.of(), false)),
                List.of());
        Arbitrary<List<Offer>> offers = offer().list().ofMinSize(0).ofMaxSize(15).map(MatrixEquivalenceProperties::ids);
        Arbitrary<List<PriorityRule>> rules = Arbitraries.of(
                List.<PriorityRule>of(),
                List.of(new PriorityRule(10, "Prime fast", Facts::prime, PriorityRule.Action.ONLY_LEVELS,
                        Set.of("EXPRESS", "NEXT_DAY", "SAME_DAY"), "Prime promises fast delivery")),
                List.of(new PriorityRule(10, "Heavy by c1", f -> f.parcel().weightKg().compareTo(BigDecimal.TEN) > 0,
                        PriorityRule.Action.ONLY_CARRIERS, Set.of("c1"), null),
                        new PriorityRule(20, "Never c2", f -> true, PriorityRule.Action.EXCLUDE_CARRIERS,
                                Set.of("c2"), null)),
                List.of(new PriorityRule(5, "COD", Facts::cod, PriorityRule.Action.ONLY_SERVICES,
                        Set.of("c3/s2", "s4"), "COD only with these")));
        Arbitrary<Integer> stockLevel = Arbitraries.integers().between(0, 6);
        Arbitrary<BigDecimal> dayPrice = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.75"), new BigDecimal("3"));
        return Combinators.combine(requests, zones, offers, rules, stockLevel, dayPrice)
                .as((request, z, o, r, level, price) -> new Case(request, z, o, r,
                        (product, warehouse) -> BigDecimal.valueOf((product * 7L + warehouse * level) % 9, level % 2),
                        new Weighting(price)));
    }

    private static List<Offer> ids(List<Offer> offers) {
        List<Offer> out = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Offer o = offers.get(i);
            // some services share an id, so that the last tie-break is tested too
            int id = i % 4 == 3 ? i : i + 1;
            out.add(new Offer(id, o.carrier(), o.carrierName(), o.warehouseId(), o.carrierActive(), "s" + (i + 1),
                    o.serviceName() + (i + 1), o.level(), o.active(), o.maxWeightKg(), o.maxLengthCm(), o.maxWidthCm(),
                    o.maxHeightCm(), o.maxGirthCm(), o.cod(), o.signature(), o.idCheck(), o.ageCheck(), o.currency(),
                    o.codSurcharge(), o.bulkyLengthCm(), o.bulkySurcharge(), o.islandSurcharge(), o.ratesByZone()));
        }
        return out;
    }

    private Arbitrary<Item> items() {
        Arbitrary<BigDecimal> side = Arbitraries.integers().between(1, 1400).map(mm -> BigDecimal.valueOf(mm, 1))
                .injectNull(0.1);
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of("1", "2", "3", "0.5", "1.000"),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 40000).map(g -> BigDecimal.valueOf(g, 3)),
                        Arbitraries.integers().between(0, 400).map(g -> BigDecimal.valueOf(g, 4)),
                        // on and just above the limits and bands, which have more decimals than a parcel
                        Arbitraries.of("31.5", "31.501", "31.4995", "10", "10.001", "10.0005", "5", "5.001")
                                .map(BigDecimal::new)).injectNull(0.1),
                side, side, side)
                .as((product, qty, kg, l, w, h) -> new Item(product, "SKU-" + product, new BigDecimal(qty), kg, l, w,
                        h));
    }

    private Arbitrary<Offer> offer() {
        Arbitrary<BigDecimal> limit = Arbitraries.of(new BigDecimal("5"), new BigDecimal("31.5"),
                new BigDecimal("31.5004"), new BigDecimal("60"), new BigDecimal("120.0"), new BigDecimal("300"))
                .injectNull(0.3);
        Arbitrary<Map<String, List<Rate>>> rates = Combinators.combine(
                Arbitraries.of("DE", "DE-ISL", "EU", "DE-N", "ALL", "AT"),
                Arbitraries.of("2", "5", "10", "10.0", "10.0005", "31.5", "40"),
                Arbitraries.of("4.99", "5", "5.00", "6.5", "12.345"), Arbitraries.integers().between(1, 6))
                .as((zone, maxKg, price, days) -> new Rate(zone, new BigDecimal(maxKg), new BigDecimal(price), days))
                .list().ofMinSize(0).ofMaxSize(8)
                .map(list -> {
                    Map<String, List<Rate>> byZone = new HashMap<>(Offer.byZone(list));
                    if (list.size() == 3) {
                        byZone.put("DE", List.of()); // a zone with an empty band list
                    }
                    return byZone;
                });
        Arbitrary<BigDecimal> surcharge = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("2"),
                new BigDecimal("2.50"), new BigDecimal("0.000")).injectNull(0.2);
        return Combinators.combine(Arbitraries.of("c1", "c2", "c3"), Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, true, true, false), Arbitraries.of(ServiceLevel.class),
                Arbitraries.of(new BigDecimal("5"), new BigDecimal("31.5"), new BigDecimal("31.4995"),
                        new BigDecimal("70")),
                Combinators.combine(limit, limit, limit, limit).as((l, w, h, g) -> Arrays.asList(l, w, h, g)),
                Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, true, false))
                        .as((cod, sig, id, age, active) -> List.of(cod, sig, id, age, active)),
                Combinators.combine(surcharge, Arbitraries.of(new BigDecimal("60"), new BigDecimal("99.99"))
                        .injectNull(0.3), surcharge, surcharge, rates)
                        .as((cod, bulky, bulkyPrice, island, r) -> Arrays.<Object>asList(cod, bulky, bulkyPrice,
                                island, r)))
                .as((carrier, warehouse, carrierActive, level, maxKg, limits, flags, money) -> new Offer(0, carrier,
                        carrier.toUpperCase(), warehouse, carrierActive, "s", "Service", level,
                        (Boolean) flags.get(4), maxKg, limits.get(0), limits.get(1), limits.get(2), limits.get(3),
                        (Boolean) flags.get(0), (Boolean) flags.get(1), (Boolean) flags.get(2), (Boolean) flags.get(3),
                        "EUR", (BigDecimal) money.get(0), (BigDecimal) money.get(1), (BigDecimal) money.get(2),
                        (BigDecimal) money.get(3), castRates(money.get(4))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Rate>> castRates(Object rates) {
        return (Map<String, List<Rate>>) rates;
    }
}
